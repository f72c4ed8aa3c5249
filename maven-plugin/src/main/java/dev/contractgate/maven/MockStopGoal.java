package dev.contractgate.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** {@code contract-gate:mock-stop}: stops the mock server mock-start started for this project. */
@Mojo(name = "mock-stop", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true)
public class MockStopGoal extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    @Override
    public void execute() {
        if (RunningMockServers.stop(MockStartGoal.key(project))) {
            getLog().info("contract-gate: mock server stopped");
        } else {
            getLog().info("contract-gate:mock-stop: no mock server was running for this project");
        }
    }
}
