package io.github.kudos.deploy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Runs a {@link Plan} against a {@link Target}: uploads, entry pages last, then deletions, then the manifest. */
public final class Deployer {
    /** The default limit on deletions, as a percentage of the last deploy's files. */
    public static final int DEFAULT_THRESHOLD = 25;

    private Deployer() {}

    /**
     * Deploys site to target. A dry run prints the plan and changes nothing. A plan that deletes
     * more than threshold percent of the last deploy's files stops before anything moves, unless forced.
     */
    public static DeployResult run(Plan plan, Target target, Options options, PrintWriter out) {
        boolean tooManyDeletions = plan.deletionPercent() > options.threshold() && !options.force();
        String deletions = "this deploy would delete " + plan.deletions().size() + " of " + plan.previous().size()
                + " files (" + plan.deletionPercent() + "%), more than the limit of " + options.threshold() + "%";
        if (options.dryRun()) {
            if (tooManyDeletions) out.println("note: " + deletions + "; it will need --force");
            return dryRun(plan, out);
        }
        if (tooManyDeletions) throw new DeployException(deletions + "; check the build, then rerun with --force");
        try {
            if (plan.uploads().isEmpty() && plan.deletions().isEmpty() && plan.previous().equals(plan.manifest())
                    && !target.dropsHistory()) {
                return new DeployResult(0, 0, plan.unchanged(), false);
            }
            target.writeManifest(plan.inProgress());
            for (SiteFile file : plan.uploads()) target.upload(file);
            for (String path : plan.deletions()) target.delete(path);
            target.writeManifest(plan.manifest());
            target.finish("Deploy site: " + plan.uploads().size() + " uploaded, " + plan.deletions().size() + " deleted");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DeployResult(plan.uploads().size(), plan.deletions().size(), plan.unchanged(), false);
    }

    private static DeployResult dryRun(Plan plan, PrintWriter out) {
        plan.uploads().forEach(file -> out.println("upload " + file.path()));
        plan.deletions().forEach(path -> out.println("delete " + path));
        return new DeployResult(plan.uploads().size(), plan.deletions().size(), plan.unchanged(), true);
    }

    public record Options(boolean dryRun, boolean force, int threshold) {}
}
