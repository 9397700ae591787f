/**
 * Wraps a request handler so that a bug on one document answers "nothing"
 * instead of killing the server or the editor's request queue.
 */
export function guarded<P extends unknown[], R>(
  name: string,
  log: (message: string) => void,
  fallback: R,
  handler: (...params: P) => R,
): (...params: P) => R {
  return (...params: P): R => {
    try {
      return handler(...params);
    } catch (error) {
      log(`recoupe: ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  };
}
