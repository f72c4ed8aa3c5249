package dev.contractgate.mock.token;

/** One Deployment of one Organization: the unit that owns agent tokens. */
public record DeploymentKey(String organizationId, String deploymentId) {
}
