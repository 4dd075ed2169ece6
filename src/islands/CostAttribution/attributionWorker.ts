/// <reference lib="webworker" />
/** Runs the attribution session off the main thread: a 20 MB paste or 50,000 topics never freeze the page. */
import { AttributionSession, type SessionRequest } from './attributionSession';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const session = new AttributionSession();

scope.onmessage = (event: MessageEvent<SessionRequest>) => {
  const request = event.data;
  scope.postMessage(session.handle(request, (fraction) => scope.postMessage({ id: request.id, type: 'progress', fraction })));
};
