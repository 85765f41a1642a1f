/** Who acts, in which project: the wrappers in app/_server have authorised them before a use case runs. */
export interface ProjectActor {
  projectId: number;
  userId: number;
}
