// `$/progress` for documents analyzed in parts: one work-done progress per document while it runs.
import type { WorkDoneProgressServerReporter } from 'vscode-languageserver';

type Reporter = Pick<WorkDoneProgressServerReporter, 'begin' | 'report' | 'done'>;

/**
 * A progress callback for AnalysisStore: 0–1 while running, null when finished or dropped. `create`
 * resolves to undefined when the client cannot show progress (or refused it): then only `announce` is heard.
 */
export function largeDocumentProgress(create: () => Promise<Reporter | undefined>, announce: (uri: string) => void): (uri: string, fraction: number | null) => void {
  const running = new Map<string, Promise<Reporter | undefined>>();
  return (uri, fraction) => {
    let reporter = running.get(uri);
    if (fraction === null) {
      running.delete(uri);
      return void reporter?.then((r) => r?.done());
    }
    if (!reporter) {
      reporter = create().catch(() => undefined);
      running.set(uri, reporter);
      void reporter.then((r) => r?.begin('NewsLens', 0, 'Analyzing a large article in parts…'));
      announce(uri);
    }
    void reporter.then((r) => r?.report(Math.round(fraction * 100)));
  };
}
