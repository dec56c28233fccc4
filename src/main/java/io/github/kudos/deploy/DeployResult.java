package io.github.kudos.deploy;

/** What a deploy did (or, for a dry run, would do). */
public record DeployResult(int uploaded, int deleted, int unchanged, boolean dryRun) {}
