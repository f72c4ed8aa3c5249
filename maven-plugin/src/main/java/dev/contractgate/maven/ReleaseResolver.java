package dev.contractgate.maven;

import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;

/** Finds the jar of a released artifact ({@code groupId:artifactId:version}) in the build's repositories. */
@FunctionalInterface
interface ReleaseResolver {

    File resolve(String coordinates) throws MojoExecutionException;
}
