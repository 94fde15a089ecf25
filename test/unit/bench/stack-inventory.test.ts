import { describe, expect, it } from 'vitest';
import { countStack } from '../../../bench/cost/stack-inventory.ts';
import { defaultStack } from '../../infra/helpers.ts';

describe('the stack inventory the cost model prices', () => {
  it("counts the synthesised stack's alarms, key, secret, dashboard, polled queues and log retention", () => {
    const { stack, template } = defaultStack();
    const inventory = countStack(template.toJSON().Resources as Parameters<typeof countStack>[0]);
    // Every alarm of the stack is the monitoring construct's (each notifies the operators).
    expect(inventory.alarms).toBe(stack.monitoring.alarms.length);
    expect(inventory.kmsKeys).toBe(1);
    expect(inventory.secrets).toBe(1);
    expect(inventory.dashboards).toBe(1);
    // fetch, extract, process, notify: the queues the pipeline's functions consume.
    expect(inventory.polledQueues).toBe(Object.keys(stack.pipeline.queues).length);
    expect(inventory.logRetentionMonths).toBeGreaterThan(0);
  });

  it('counts a queue polled by two mappings once, and ignores mappings without a source', () => {
    const map = (arn: unknown) => ({ Type: 'AWS::Lambda::EventSourceMapping', Properties: arn === undefined ? {} : { EventSourceArn: arn } });
    const inventory = countStack({ a: map({ 'Fn::GetAtt': ['Q1', 'Arn'] }), b: map({ 'Fn::GetAtt': ['Q1', 'Arn'] }), c: map({ 'Fn::GetAtt': ['Q2', 'Arn'] }), d: map(undefined) });
    expect(inventory.polledQueues).toBe(2);
    expect(inventory).toMatchObject({ alarms: 0, kmsKeys: 0, logRetentionMonths: 0 });
  });
});
