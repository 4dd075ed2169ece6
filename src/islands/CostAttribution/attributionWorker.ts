/// <reference lib="webworker" />
/** Runs the attribution session off the main thread: a 20 MB paste, 50,000 topics or a runaway regex rule never freeze the page. */
import { AttributionSession, type SessionRequest } from './attributionSession';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const session = new AttributionSession();

scope.onmessage = (event: MessageEvent<SessionRequest>) => {
  const request = event.data;
  // Progress is posted as it happens, so the page learns which rule line is running while it runs.
  scope.postMessage(session.handle(request, (progress) => scope.postMessage({ id: request.id, ...progress })));
};
