package dev.contractgate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the {@code contract} command in-process through its real entry point and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static String spec() {
        String spec = System.getProperty("contract.spec");
        if (spec == null) {
            throw new IllegalStateException("system property contract.spec is not set (the parent pom sets it for surefire)");
        }
        return spec;
    }
}
