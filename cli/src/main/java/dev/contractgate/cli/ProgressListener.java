package dev.contractgate.cli;

import dev.contractgate.conformance.check.CheckListener;
import dev.contractgate.conformance.core.CheckRecord;
import java.io.PrintWriter;

/**
 * Progress of a check run on stderr, only once the run has taken more than a second: a
 * {@code \r checks 34/69} counter on a terminal, otherwise a line at each quarter.
 */
final class ProgressListener implements dev.contractgate.gate.Gate.Progress {

    private static final long QUIET_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private int lastQuarter;
    private boolean printedCounter;

    ProgressListener(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    static ProgressListener on(PrintWriter err) {
        return new ProgressListener(err, System.console() != null);
    }

    @Override
    public synchronized void checkFinished(CheckRecord check, int done, int total) {
        if (System.nanoTime() - start < QUIET_NANOS) {
            return;
        }
        if (terminal) {
            err.print("\rchecks " + done + "/" + total);
            err.flush();
            printedCounter = true;
            return;
        }
        int quarter = total == 0 ? 4 : done * 4 / total;
        if (quarter > lastQuarter) {
            lastQuarter = quarter;
            err.println("checks " + done + "/" + total);
            err.flush();
        }
    }

    /** Ends the counter line so the summary starts on a line of its own. */
    @Override
    public void close() {
        finished();
    }

    synchronized void finished() {
        if (printedCounter) {
            err.println();
            err.flush();
            printedCounter = false;
        }
    }
}
