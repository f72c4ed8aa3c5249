package dev.contractgate.maven;

import org.apache.maven.plugin.logging.Log;

/**
 * The command's console report in Maven's log, each line at its own level: a root cause that starts
 * {@code ERROR} at error, {@code WARNING} at warn, the indented lines under a root cause (its message, its
 * request, a reproducer) at the level of the root cause they belong to, everything else at info.
 */
final class ReportLines {

    private enum Level { INFO, WARN, ERROR }

    private ReportLines() {
    }

    static void log(String report, Log log) {
        Level current = Level.INFO;
        for (String line : report.lines().toList()) {
            if (line.startsWith("ERROR ")) {
                current = Level.ERROR;
            } else if (line.startsWith("WARNING ")) {
                current = Level.WARN;
            } else if (!line.startsWith("        ")) {
                current = Level.INFO;
            }
            switch (current) {
                case ERROR -> log.error(line);
                case WARN -> log.warn(line);
                default -> log.info(line);
            }
        }
    }
}
