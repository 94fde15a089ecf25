import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { noticeCheckSchema, projectSchema, projectStageSchema, type NoticeCheck, type Project, type ProjectStage } from '../../projects/project-model.ts';
import type { ProjectRepository, StoredProject } from '../../projects/ports.ts';
import { isConditionFailure, stripKeys } from './conditional.ts';
import { queryAll, scanAll } from './query-all.ts';
import { lazySchema } from '../../model/lazy-schema.ts';

const head = (projectId: string) => ({ pk: `PROJECT#${projectId}`, sk: 'HEAD' });
const stageKey = (projectId: string, documentKey: string) => ({ pk: `PROJECT#${projectId}`, sk: `STAGE#${documentKey}` });
const docKey = (documentKey: string) => ({ pk: `DOC#${documentKey}`, sk: 'PROJECT' });
const anchorKey = (anchor: string) => ({ pk: `ANCHOR#${anchor}`, sk: 'PROJECT' });
const claimSchema = lazySchema(() => z.object({ projectId: z.string().min(1) }));
const parseStage = (item: Record<string, unknown>): ProjectStage => projectStageSchema.parse(stripKeys(item, ['checkKey']));
const parseHead = (item: Record<string, unknown>): Project => projectSchema.parse(stripKeys(item, ['revision']));
/** The state a re-check alerts on: removed, or edited to these bytes. */
const checkKeyOf = (check: NoticeCheck): string => `${check.status}#${check.sha256 ?? 'gone'}`;

/** Projects table (shared/store/tables.ts): heads, stages and the document → project claims. */
export class DynamoProjectRepository implements ProjectRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async projectOfDocument(documentKey: string): Promise<string | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: docKey(documentKey) }));
    return out.Item ? claimSchema.parse(stripKeys(out.Item)).projectId : null;
  }

  async claimDocument(documentKey: string, projectId: string): Promise<string> {
    try {
      await this.db.send(
        new PutCommand({ TableName: this.table, Item: { ...docKey(documentKey), projectId }, ConditionExpression: 'attribute_not_exists(pk)' }),
      );
      return projectId;
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
      const owner = await this.projectOfDocument(documentKey);
      if (!owner) throw new Error(`claim of ${documentKey} vanished`);
      return owner;
    }
  }

  async claimAnchor(anchor: string, projectId: string): Promise<string> {
    try {
      await this.db.send(new PutCommand({ TableName: this.table, Item: { ...anchorKey(anchor), projectId }, ConditionExpression: 'attribute_not_exists(pk)' }));
      return projectId;
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
      const out = await this.db.send(new GetCommand({ TableName: this.table, Key: anchorKey(anchor), ConsistentRead: true }));
      if (!out.Item) throw new Error(`anchor ${anchor} vanished`);
      return claimSchema.parse(stripKeys(out.Item)).projectId;
    }
  }

  async get(projectId: string): Promise<StoredProject | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: head(projectId), ConsistentRead: true }));
    if (!out.Item) return null;
    return { project: parseHead(out.Item), revision: z.number().int().nonnegative().parse(out.Item.revision) };
  }

  async create(project: Project): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...head(project.projectId), ...projectSchema.parse(project), revision: 0 },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw err;
    }
  }

  async update(project: Project, expectedRevision: number): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...head(project.projectId), ...projectSchema.parse(project), revision: expectedRevision + 1 },
          ConditionExpression: 'revision = :r',
          ExpressionAttributeValues: { ':r': expectedRevision },
        }),
      );
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw err;
    }
  }

  async listRegion(region: string): Promise<Project[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: 'byRegion',
      KeyConditionExpression: '#r = :r',
      ExpressionAttributeNames: { '#r': 'region' },
      ExpressionAttributeValues: { ':r': region },
    });
    return items.map(parseHead);
  }

  async listProjects(): Promise<Project[]> {
    const items = await scanAll(this.db, { TableName: this.table, FilterExpression: 'sk = :h', ExpressionAttributeValues: { ':h': 'HEAD' } });
    return items.map(parseHead).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async putStage(stage: ProjectStage): Promise<void> {
    const record = projectStageSchema.parse(stage);
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...stageKey(stage.projectId, stage.documentKey), ...record },
          // The same change is stored already (a replay): keep it, with its re-check state.
          ConditionExpression: 'attribute_not_exists(pk) OR changeId <> :c',
          ExpressionAttributeValues: { ':c': record.changeId },
        }),
      );
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
    }
  }

  async getStage(projectId: string, documentKey: string): Promise<ProjectStage | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: stageKey(projectId, documentKey), ConsistentRead: true }));
    return out.Item ? parseStage(out.Item) : null;
  }

  async listStages(projectId: string): Promise<ProjectStage[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :s)',
      ExpressionAttributeValues: { ':pk': `PROJECT#${projectId}`, ':s': 'STAGE#' },
      ConsistentRead: true,
    });
    return items.map(parseStage);
  }

  async listAllStages(): Promise<ProjectStage[]> {
    const items = await scanAll(this.db, { TableName: this.table, FilterExpression: 'begins_with(sk, :s)', ExpressionAttributeValues: { ':s': 'STAGE#' } });
    return items.map(parseStage);
  }

  async recordCheck(projectId: string, documentKey: string, check: NoticeCheck): Promise<boolean> {
    const parsed = noticeCheckSchema.parse(check);
    const key = checkKeyOf(parsed);
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: stageKey(projectId, documentKey),
          UpdateExpression: 'SET lastCheck = :c, checkKey = :k',
          // An unchanged notice only moves checkedAt; a removal or an edit is recorded once.
          ConditionExpression: parsed.status === 'unchanged' ? 'attribute_exists(pk)' : 'attribute_exists(pk) AND (attribute_not_exists(checkKey) OR checkKey <> :k)',
          ExpressionAttributeValues: { ':c': parsed, ':k': key },
        }),
      );
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw err;
    }
  }
}
