/** What linking, the project pages and the re-check need from storage (adapter: store/dynamo/project-repository.ts). */
import type { NoticeCheck, Project, ProjectStage } from './project-model.ts';

export interface StoredProject {
  project: Project;
  /** Optimistic-lock revision of the head. */
  revision: number;
}

export interface ProjectRepository {
  /** The project a document was linked into, or null. */
  projectOfDocument(documentKey: string): Promise<string | null>;
  /** Records the document's project unless it has one; resolves to the project it is in now. */
  claimDocument(documentKey: string, projectId: string): Promise<string>;
  /**
   * Records that an identifying piece of evidence (a batch, a 批复文号, a project name: see ./anchors.ts) belongs to
   * `projectId` unless it belongs to a project already; resolves to the project it belongs to now. A conditional write
   * on a deterministic key: two documents of one new project linked at once end in one project.
   */
  claimAnchor(anchor: string, projectId: string): Promise<string>;
  get(projectId: string): Promise<StoredProject | null>;
  /** Creates the head unless it exists; false when it existed. */
  create(project: Project): Promise<boolean>;
  /** Writes the head if its revision is still `expectedRevision`; false otherwise. */
  update(project: Project, expectedRevision: number): Promise<boolean>;
  /** Heads of one region (province), for linking. */
  listRegion(region: string): Promise<Project[]>;
  listProjects(): Promise<Project[]>;
  /** Writes a stage unless the same change is stored already (a revision replaces it). */
  putStage(stage: ProjectStage): Promise<void>;
  getStage(projectId: string, documentKey: string): Promise<ProjectStage | null>;
  listStages(projectId: string): Promise<ProjectStage[]>;
  /** Every stage of every project (the weekly re-check). */
  listAllStages(): Promise<ProjectStage[]>;
  /**
   * Stores a re-check result. Resolves to true when its state (removed, or edited to these bytes) differs
   * from the one stored, false when that state was recorded already (a replay).
   */
  recordCheck(projectId: string, documentKey: string, check: NoticeCheck): Promise<boolean>;
}
