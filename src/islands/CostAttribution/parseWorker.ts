/// <reference lib="webworker" />
/** Parses pastes off the main thread, so a 20 MB kafka-log-dirs dump does not freeze the page. */
import { handleParseRequest, type ParseRequest } from './parseProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ParseRequest>) => {
  const request = event.data;
  scope.postMessage(
    handleParseRequest(request, (fraction) => scope.postMessage({ id: request.id, type: 'progress', fraction })),
  );
};
