package dev.contractgate.maven;

import dev.contractgate.mock.junit5.MockServerProcess;
import java.io.File;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * {@code contract-gate:mock-start}: starts the faithful mock server out of process on a free port, with
 * its admin endpoints on, and sets for the goals after it (e.g. failsafe's integration tests):
 * {@code contractgate.mock.url}, {@code contractgate.mock.token} (the public dev token) and
 * {@code pact.provider.stateChangeUrl}. {@code mock-stop} stops it; so does the end of the build.
 */
@Mojo(name = "mock-start", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true, requiresDependencyResolution = ResolutionScope.TEST)
public class MockStartGoal extends AbstractMojo {

    static final String MAIN_CLASS = "dev.contractgate.mock.MockServerApplication";

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true)
    List<Artifact> pluginArtifacts;

    /** Skip starting the mock server. */
    @Parameter(property = "contractgate.skip", defaultValue = "false")
    boolean skip;

    /** Start the mock server although the project's agent-tokens-client was built from another spec. */
    @Parameter(property = "contractgate.allowSpecMismatch", defaultValue = "false")
    boolean allowSpecMismatch;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("contract-gate:mock-start: skipped");
            return;
        }
        if (!allowSpecMismatch) {
            ReleaseMix.requireSameSpec("contract-gate:mock-start", project, "the mock server of this plugin's release",
                    mockServerSpec());
        }
        MockServerProcess server;
        try {
            server = MockServerProcess.start(List.of("-cp", classpath(), MAIN_CLASS));
        } catch (IllegalStateException e) {
            throw new MojoExecutionException("contract-gate:mock-start: " + e.getMessage(), e);
        }
        RunningMockServers.put(key(project), server);
        Properties properties = project.getProperties();
        properties.setProperty("contractgate.mock.url", server.baseUrl());
        properties.setProperty("contractgate.mock.token", dev.contractgate.mock.junit5.MockServer.DEV_TOKEN);
        properties.setProperty("pact.provider.stateChangeUrl", server.baseUrl() + dev.contractgate.mock.admin.AdminController.PROVIDER_STATES);
        getLog().info("contract-gate: agent-token mock server at " + server.baseUrl()
                + " (contractgate.mock.url; stopped by mock-stop or at the end of the build)");
    }

    /** The plugin's own class path: the mock server and its libraries came with the plugin. */
    private String classpath() {
        if (pluginArtifacts == null || pluginArtifacts.isEmpty()) {
            return System.getProperty("java.class.path"); // run outside Maven (the plugin's tests)
        }
        return pluginArtifacts.stream().map(Artifact::getFile).filter(f -> f != null)
                .map(File::getAbsolutePath).collect(Collectors.joining(File.pathSeparator));
    }

    /** The spec the mock server this goal starts was built from. */
    private java.util.Optional<String> mockServerSpec() {
        if (pluginArtifacts != null) {
            for (Artifact artifact : pluginArtifacts) {
                if ("mock-server".equals(artifact.getArtifactId()) && artifact.getFile() != null && artifact.getFile().isFile()) {
                    return dev.contractgate.conformance.core.SpecProvenance.of(artifact.getFile().toPath());
                }
            }
        }
        try {
            // run outside Maven (the plugin's tests): the server's class, not initialised, tells its jar
            return dev.contractgate.conformance.core.SpecProvenance.ofClass(Class.forName(MAIN_CLASS, false, getClass().getClassLoader()));
        } catch (ClassNotFoundException e) {
            return java.util.Optional.empty();
        }
    }

    static String key(MavenProject project) {
        File basedir = project.getBasedir();
        return basedir == null ? project.getId() : basedir.getAbsolutePath();
    }
}
