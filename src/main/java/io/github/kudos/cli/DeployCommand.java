package io.github.kudos.cli;

import io.github.kudos.build.Build;
import io.github.kudos.build.BuildRequest;
import io.github.kudos.build.BuildResult;
import io.github.kudos.content.SiteConfig;
import io.github.kudos.content.SiteConfigReader;
import io.github.kudos.deploy.ConfigTemplates;
import io.github.kudos.deploy.DeployException;
import io.github.kudos.deploy.DeployResult;
import io.github.kudos.deploy.Deployer;
import io.github.kudos.deploy.LocalSite;
import io.github.kudos.deploy.Plan;
import io.github.kudos.deploy.Target;
import io.github.kudos.deploy.Targets;
import io.github.kudos.diag.Diagnostic;
import io.github.kudos.diag.Position;
import io.github.kudos.diag.Problems;
import io.github.kudos.output.SiteWriter;
import io.github.kudos.source.Limits;
import io.github.kudos.source.SourceReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = {"Publish the built site/ to a git branch, an SFTP host or a folder.", "",
                "Settings come from deploy: in content/site.yaml; options override them.",
                "Only files that changed since the last deploy move: a manifest of SHA-256 "
                        + "hashes (.kudos-deploy.json) is kept in the target. New files go first, index "
                        + "pages last, then deletions, and only of files the last deploy wrote.",
                "Secrets come from the environment only: KUDOS_GIT_TOKEN (https git remotes), "
                        + "KUDOS_SSH_KEY, KUDOS_SSH_KEY_PASSPHRASE and KUDOS_SFTP_PASSWORD (sftp). Without "
                        + "KUDOS_GIT_TOKEN, https and ssh git remotes are reached with the git program and your "
                        + "own credentials (credential helper, ssh agent, ~/.ssh/config).",
                "Git keeps what a deploy deletes in the branch's history: when a profile's pages go "
                        + "(consent withdrawn), deploy once with --orphan to drop them from it."})
final class DeployCommand implements Callable<Integer> {
    @Mixin
    SiteOptions options = new SiteOptions();

    @Option(names = "--build", description = "Build the site first (as 'kudos build' would).")
    boolean build;

    @Option(names = "--dry-run", description = "List what would be uploaded and deleted; change nothing.")
    boolean dryRun;

    @Option(names = "--force", description = "Deploy even if it deletes more than the threshold of the last deploy's files.")
    boolean force;

    @Option(names = "--target", paramLabel = "KIND", description = "git, sftp or dir (default: deploy.target).")
    String target;

    @Option(names = "--remote", paramLabel = "URL", description = "git: the repository: an https URL, an ssh remote (git@host:path, ssh://...), a file:// URL or a local path.")
    String remote;

    @Option(names = "--branch", paramLabel = "NAME", description = "git: branch to publish to (default: gh-pages).")
    String branch;

    @Option(names = "--orphan", description = "git: push the site as one new commit with no history, replacing the branch.")
    Boolean orphan;

    @Option(names = "--cname", paramLabel = "HOST", description = "git: write a CNAME file with this custom domain.")
    String cname;

    @Option(names = "--host", paramLabel = "HOST", description = "sftp: host name.")
    String host;

    @Option(names = "--port", paramLabel = "PORT", description = "sftp: port (default: 22).")
    Integer port;

    @Option(names = "--user", paramLabel = "USER", description = "sftp: user name (default: your login name).")
    String user;

    @Option(names = "--path", paramLabel = "PATH", description = "sftp: remote folder to publish into.")
    String path;

    @Option(names = "--folder", paramLabel = "DIR", description = "dir: local folder to publish into.")
    Path folder;

    @Option(names = "--delete-threshold", paramLabel = "PERCENT",
            description = "Stop if the deploy would delete more than this share of the last deploy's files (default: 25%%).")
    String deleteThreshold;

    @Option(names = "--accept-new-host-key", description = "sftp: trust an unknown host key and record it in known_hosts.")
    boolean acceptNewHostKey;

    @Option(names = "--known-hosts", paramLabel = "FILE", description = "sftp: known_hosts file (default: ~/.ssh/known_hosts).")
    Path knownHosts;

    @Option(names = "--identity", paramLabel = "FILE",
            description = "sftp: private key (default: KUDOS_SSH_KEY, else ~/.ssh/id_ed25519, id_ecdsa, id_rsa).")
    Path identity;

    @Option(names = "--write-config", paramLabel = "KIND",
            description = "Write a ready config into the site folder and stop: github (Actions workflow for Pages), "
                    + "netlify (netlify.toml) or cloudflare (_headers). Existing files are never overwritten.")
    String writeConfig;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path site = options.sourceFolder();
        if (writeConfig != null) return writeConfig(site);
        Problems problems = new Problems();
        SiteConfig.Deploy config = readConfig(site, problems);
        if (problems.hasErrors()) {
            var diagnostics = problems.sorted();
            diagnostics.forEach(d -> err(d.format()));
            long errors = diagnostics.stream().filter(d -> d.severity() == io.github.kudos.diag.Severity.ERROR).count();
            err("kudos deploy: " + Report.count(errors, "error", "errors") + " in content/site.yaml; nothing deployed");
            return Main.CONTENT_ERRORS;
        }
        if (build && !build(site)) return Main.CONTENT_ERRORS;
        Path built = site.resolve("site");
        if (!Files.isRegularFile(built.resolve(SiteWriter.MARKER))) {
            err("kudos deploy: no built site in " + built + "; run 'kudos build' first, or 'kudos deploy --build'");
            return Main.CONTENT_ERRORS;
        }
        if (SiteWriter.isDraftsPreview(built)) {
            err("kudos deploy: " + built + " was built with --drafts, a preview that shows unpublished drafts; "
                    + "run 'kudos build' without --drafts first, or 'kudos deploy --build'");
            return Main.CONTENT_ERRORS;
        }
        Targets.Request request;
        try {
            request = request(site, config);
        } catch (IllegalArgumentException e) {
            return Main.usage(spec, e.getMessage());
        }
        return deploy(built, request);
    }

    private Targets.Request request(Path site, SiteConfig.Deploy config) {
        int threshold = first(percent(deleteThreshold), config.deleteThreshold(), Deployer.DEFAULT_THRESHOLD);
        if (threshold < 0 || threshold > 100) throw new IllegalArgumentException("--delete-threshold must be between 0 and 100");
        return new Targets.Request(site, first(target, config.target(), null), first(folder == null ? null : folder.toString(),
                config.folder(), null), first(remote, config.remote(), null), first(branch, config.branch(), "gh-pages"),
                first(orphan, config.orphan(), false), first(cname, config.cname(), null), first(host, config.host(), null),
                first(port, config.port(), 22), first(user, config.user(), System.getProperty("user.name")),
                first(path, config.path(), null), knownHosts, acceptNewHostKey, identity, threshold);
    }

    /** --delete-threshold as site.yaml's delete_threshold takes it: 25% or 25. */
    private static Integer percent(String option) {
        if (option == null) return null;
        try {
            return Integer.parseInt(option.endsWith("%") ? option.substring(0, option.length() - 1) : option);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--delete-threshold takes a percentage such as 25%, not '" + option + "'");
        }
    }

    /** Precedence: the command line, then deploy: in site.yaml, then the default. */
    private static <T> T first(T flag, T config, T fallback) {
        return flag != null ? flag : config != null ? config : fallback;
    }

    private int deploy(Path built, Targets.Request request) {
        var out = spec.commandLine().getOut();
        try (Target destination = Targets.open(request)) {
            Plan plan = Plan.of(LocalSite.scan(built, Targets.extras(request)), destination.manifest());
            if (destination.keepsHistory() && !plan.removedProfiles().isEmpty()) {
                err("warning: this deploy removes the pages of " + String.join(", ", plan.removedProfiles())
                        + " but the branch's git history still holds them; to drop them from the history too, "
                        + "deploy with --orphan (one new commit replacing the branch's history)");
            }
            DeployResult result = Deployer.run(plan, destination,
                    new Deployer.Options(dryRun, force, request.threshold()), out);
            out.println(summary(destination, result, plan));
            return 0;
        } catch (IllegalArgumentException e) {
            return Main.usage(spec, e.getMessage());
        } catch (DeployException e) {
            err("kudos deploy: " + e.getMessage());
            if (options.stacktrace) e.printStackTrace(spec.commandLine().getErr());
            return Main.CONTENT_ERRORS;
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            // A local path that cannot be used will not get better by running again; a dropped connection may.
            err("kudos deploy: " + IoFailure.describe(io)
                    + (io instanceof java.nio.file.FileSystemException ? "" : "; run kudos deploy again to finish (it is safe to rerun)"));
            if (options.stacktrace) e.printStackTrace(spec.commandLine().getErr());
            return Main.CONTENT_ERRORS;
        }
    }

    private static String summary(Target destination, DeployResult result, Plan plan) {
        if (result.dryRun()) {
            return "dry run: would upload " + Report.count(result.uploaded(), "file", "files") + " and delete "
                    + result.deleted() + " on " + destination.describe() + " (" + result.unchanged()
                    + " unchanged); nothing was changed";
        }
        return "deployed to " + destination.describe() + ": " + result.uploaded() + " uploaded, " + result.deleted()
                + " deleted, " + result.unchanged() + " unchanged";
    }

    private SiteConfig.Deploy readConfig(Path site, Problems problems) {
        Path file = site.resolve("content").resolve("site.yaml");
        if (!Files.isRegularFile(file)) {
            problems.error(Position.startOf("content/site.yaml"), "missing content/site.yaml",
                    "is this a Kudos site folder? Use --source DIR");
            return SiteConfig.Deploy.NONE;
        }
        Optional<io.github.kudos.source.SourceFile> text = new SourceReader(site, problems).read(file, Limits.DEFAULT.yamlBytes());
        text.ifPresent(t -> SiteConfigReader.read(t, problems));
        return text.map(t -> SiteConfigReader.readDeploy(t, problems)).orElse(SiteConfig.Deploy.NONE);
    }

    private boolean build(Path site) {
        BuildResult result;
        try {
            result = Build.run(BuildRequest.build(site, site.resolve("site"), new NowOption().today()));
        } catch (IllegalArgumentException e) {
            err("kudos deploy: " + e.getMessage());
            return false;
        }
        for (Diagnostic diagnostic : result.diagnostics()) err(diagnostic.format());
        if (!result.ok()) {
            err("kudos deploy: the build failed (" + Report.problems(result) + "); nothing deployed");
            return false;
        }
        spec.commandLine().getOut().println((result.upToDate() ? "site/ is up to date: " : "built ") + Report.made(result));
        return true;
    }

    private int writeConfig(Path site) {
        try {
            ConfigTemplates.write(site, writeConfig).forEach(spec.commandLine().getOut()::println);
            return 0;
        } catch (IllegalArgumentException e) {
            return Main.usage(spec, e.getMessage());
        } catch (IOException e) {
            err("kudos deploy: " + e.getMessage());
            return Main.CONTENT_ERRORS;
        }
    }

    private void err(String line) {
        spec.commandLine().getErr().println(line);
    }
}
