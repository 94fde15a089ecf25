import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { buildStack } from './helpers.ts';

/** Every cdk-nag acknowledgement in the tree: rule id → reason, with where it was made. */
function acknowledgements(root: IConstruct): { path: string; id: string; reason: string }[] {
  const found: { path: string; id: string; reason: string }[] = [];
  for (const c of root.node.findAll()) {
    for (const entry of c.node.metadata) {
      if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
      for (const [id, reason] of Object.entries(entry.data as Record<string, string>)) {
        // aws-cdk-lib records its own acknowledgements too (e.g. CloudFormation-Validate::W3045); ours are nag's.
        if (id.includes('AwsSolutions-')) found.push({ path: c.node.path, id, reason });
      }
    }
  }
  return found;
}

describe('cdk-nag AwsSolutions', () => {
  const { app, stack } = buildStack();

  it('reports zero unacknowledged findings', () => {
    const report = new AwsSolutionsChecks(app).validateScope(stack);
    const findings = report.violations.flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} at ${r.locations.join(', ')}`));
    expect(findings).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('gives every acknowledgement a specific reason', () => {
    const acks = acknowledgements(stack);
    expect(acks.length).toBeGreaterThan(0);
    for (const a of acks) {
      expect(a.id, a.path).toMatch(/AwsSolutions-[A-Z]+\d+/);
      expect(a.reason.length, `${a.id} at ${a.path}`).toBeGreaterThan(60);
    }
    // No blanket acknowledgement at stack or app level: each one sits on the resource it is about.
    for (const a of acks) expect(a.path.split('/').length, `${a.id} at ${a.path}`).toBeGreaterThan(2);
  });

  it('acknowledges only wildcards that are specific resources, never Resource::*, except inside KMS key policies', () => {
    for (const a of acknowledgements(stack).filter((x) => x.id.includes('IAM5'))) {
      if (a.id.endsWith('[Resource::*]')) expect(a.path).toMatch(/TopicKey\/Key$/);
      else expect(a.id).toMatch(/\[Resource::<[A-Za-z0-9]+\.Arn>(\/(raw|text|diffs)\/\*|:\*)\]$/);
    }
  });
});
