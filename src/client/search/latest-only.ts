/**
 * Runs an async task at most once at a time. Requests made while it runs
 * collapse into one more run afterwards, so work starts at once when idle
 * and stale work never queues up (fast typing runs the first and the last
 * query, not every keystroke).
 */
export function latestOnly(task: () => Promise<void>, onError: (error: unknown) => void): () => void {
  let running = false;
  let pending = false;
  const request = (): void => {
    if (running) {
      pending = true;
      return;
    }
    running = true;
    task()
      .catch(onError)
      .finally(() => {
        running = false;
        if (pending) {
          pending = false;
          request();
        }
      });
  };
  return request;
}
