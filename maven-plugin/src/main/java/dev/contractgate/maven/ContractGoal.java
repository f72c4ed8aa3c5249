package dev.contractgate.maven;

import dev.contractgate.gate.InvalidGateInput;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: it runs its engine in the build's JVM with typed options (the same engines the
 * {@code contract} command runs), logs the summary, and turns the exit code into the build's verdict:
 * 0 passes, 1 (findings) fails the build unless {@code failOnFindings} is false; bad input is a build
 * error quoting its one-line message and naming the plugin parameter it is about ({@link InvalidGateInput}).
 */
abstract class ContractGoal extends AbstractMojo {

    /** The OpenAPI spec; not set, the spec this plugin's release was built from. */
    @Parameter(property = "contractgate.spec")
    File spec;

    /**
     * Where the JSON, JUnit XML, HTML, SARIF and Markdown reports go; not set, a folder of this goal's
     * own, {@code target/contract-report/<goal>}, so the goals of one build do not overwrite each other.
     */
    @Parameter(property = "contractgate.reportDir")
    File reportDir;

    /** Findings fail the build (true), or are only reported (false). */
    @Parameter(property = "contractgate.failOnFindings", defaultValue = "true")
    boolean failOnFindings = true;

    /** Skip this goal. */
    @Parameter(property = "contractgate.skip", defaultValue = "false")
    boolean skip;

    /** Go on although the project's agent-tokens-client was built from another spec than the one checked. */
    @Parameter(property = "contractgate.allowSpecMismatch", defaultValue = "false")
    boolean allowSpecMismatch;

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    /** Whether the goal checks the spec the project's client speaks (diff compares two specs instead). */
    boolean checksTheClientsSpec() {
        return true;
    }


    /** The goal's name, as {@code contract-gate:<name>} says it. */
    abstract String name();

    /**
     * Runs the goal's engine with its parameters as typed options, printing the summary to {@code out} and notes
     * to {@code err}; returns the exit code. Bad input is an {@link InvalidGateInput} naming the parameter.
     */
    abstract int run(PrintWriter out, PrintWriter err) throws MojoExecutionException;

    /** The spec this goal checks: {@code <spec>}, else the release's, copied out of the plugin. */
    final File specFile() throws MojoExecutionException {
        return spec != null ? spec : ReleaseMix.bundledSpecIn(buildDirectory());
    }

    /** That spec, read; what makes it unreadable is bad input naming {@code <spec>}. */
    final dev.contractgate.conformance.core.SpecSource loadedSpec() throws MojoExecutionException {
        File file = specFile();
        try {
            return dev.contractgate.conformance.core.SpecSource.load(file.toPath());
        } catch (dev.contractgate.conformance.core.BadInputException e) {
            throw new InvalidGateInput(dev.contractgate.gate.GateOption.SPEC, e.getMessage());
        }
    }




    /** The report folder: {@code reportDir}, else {@code target/contract-report/<goal>}. */
    final File reports(String goal) {
        return reportDir != null ? reportDir : new File(buildDirectory(), "contract-report/" + goal);
    }

    private File buildDirectory() {
        if (project != null && project.getBuild() != null && project.getBuild().getDirectory() != null) {
            return new File(project.getBuild().getDirectory());
        }
        return reportDir != null ? reportDir.getAbsoluteFile().getParentFile() : new File("target").getAbsoluteFile();
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("contract-gate: skipped");
            return;
        }
        if (checksTheClientsSpec() && !allowSpecMismatch) {
            ReleaseMix.requireSameSpec("contract-gate:" + name(), project,
                    spec != null ? "<spec> " + spec : "the spec of this plugin's release",
                    spec != null ? ReleaseMix.ofFile(spec) : ReleaseMix.ofBundledSpec());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String goal = "contract-gate:" + name();
        int exit;
        try {
            exit = run(new PrintWriter(out, true), new PrintWriter(err, true));
        } catch (InvalidGateInput e) {
            ReportLines.log(out.toString(), getLog());
            throw new MojoExecutionException(goal + ": " + e.getMessage() + " (plugin parameter <" + e.option().parameter() + ">)");
        } catch (dev.contractgate.conformance.core.BadInputException e) {
            ReportLines.log(out.toString(), getLog());
            throw new MojoExecutionException(goal + ": " + e.getMessage());
        }
        ReportLines.log(out.toString(), getLog());
        // stderr holds progress on a run that ran (exit 0 or 1), the one-line reason on one that could not
        err.toString().lines().forEach(exit == 0 || exit == 1 ? getLog()::info : getLog()::error);
        switch (exit) {
            case 0 -> { }
            case 1 -> {
                String message = goal + " found contract violations; see " + reports(name());
                if (failOnFindings) {
                    throw new MojoFailureException(message);
                }
                getLog().warn(message + " (failOnFindings is false)");
            }
            default -> throw new MojoExecutionException(goal + " failed unexpectedly: " + firstLine(err));
        }
    }

    private static String firstLine(StringWriter err) {
        return err.toString().lines().findFirst().orElse("(no message)").replaceFirst("^contract: ", "");
    }
}
