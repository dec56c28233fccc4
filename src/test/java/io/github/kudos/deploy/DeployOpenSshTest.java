package io.github.kudos.deploy;

import io.github.kudos.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.github.kudos.TestSite.kudos;
import static io.github.kudos.deploy.DeploySites.PAGES;
import static io.github.kudos.deploy.DeploySites.args;
import static io.github.kudos.deploy.DeploySites.built;
import static io.github.kudos.deploy.DeploySites.texts;
import static io.github.kudos.deploy.DeploySites.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * kudos deploy over SFTP to the OpenSSH server a web host runs (Debian's sshd, started by the
 * test on a loopback port with throwaway keys), as issue 8 asks, and git over ssh to the same
 * server; DeploySftpTest covers the same SFTP ground, and more, against MINA SSHD's server, which
 * starts faster.
 */
class DeployOpenSshTest {
    @TempDir
    Path dir;
    OpenSshServer sshd;
    Path www;
    Path knownHosts;
    TestSite site;

    @BeforeEach
    void start() throws Exception {
        sshd = OpenSshServer.start(dir.resolve("sshd"));
        www = dir.resolve("www");
        knownHosts = dir.resolve("known_hosts");
        site = DeploySites.site(dir.resolve("src"), "deploy:\n  target: sftp\n  host: 127.0.0.1\n  port: " + sshd.port
                + "\n  user: " + System.getProperty("user.name") + "\n  path: " + www + "\n");
    }

    @AfterEach
    void stop() throws Exception {
        if (sshd != null) sshd.close();
    }

    private String[] deploy(String... extra) {
        List<String> args = new ArrayList<>(List.of("--known-hosts", knownHosts.toString(), "--identity", sshd.identity.toString()));
        args.addAll(List.of(extra));
        return args(site, args.toArray(String[]::new));
    }

    private String target() {
        return "sftp " + System.getProperty("user.name") + "@127.0.0.1:" + www;
    }

    private void trustHost() throws Exception {
        Files.writeString(knownHosts, sshd.knownHostsLine());
    }

    @Test
    void firstDeploySecondMovesOnlyWhatChangedAndRemovedPagesAreDeleted() throws Exception {
        trustHost();
        var first = kudos(deploy());
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).isEqualTo("deployed to " + target() + ": 8 uploaded, 0 deleted, 0 unchanged\n");
        assertThat(texts(www)).isEqualTo(new TreeMap<>(PAGES));

        built(site, with(PAGES, "clients/coho/index.html", "<h1>Coho Café</h1>", "clients/kea/index.html", null));
        var second = kudos(deploy());
        assertThat(second.out()).isEqualTo("deployed to " + target() + ": 1 uploaded, 1 deleted, 6 unchanged\n");
        assertThat(texts(www)).isEqualTo(texts(site.site()));
        assertThat(www.resolve("clients/kea")).doesNotExist();
    }

    @Test
    void anUnknownHostKeyIsRefusedUntilAccepted() throws Exception {
        var refused = kudos(deploy());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith("kudos deploy: unknown host key for /127.0.0.1:" + sshd.port + " (SHA256:")
                .contains("--accept-new-host-key");
        assertThat(www).doesNotExist();

        var accepted = kudos(deploy("--accept-new-host-key"));
        assertThat(accepted.exitCode()).as(accepted.err()).isZero();
        String key = Files.readString(sshd.hostPublicKey).split(" ")[1];
        assertThat(Files.readString(knownHosts)).contains(key);
        assertThat(kudos(deploy()).out()).endsWith(": 0 uploaded, 0 deleted, 8 unchanged\n");
    }

    @Test
    void aDryRunChangesNothingAndTheDeletionThresholdStopsABigDeletion() throws Exception {
        trustHost();
        var dry = kudos(deploy("--dry-run"));
        assertThat(dry.out()).endsWith("dry run: would upload 8 files and delete 0 on " + target()
                + " (0 unchanged); nothing was changed\n");
        assertThat(www).doesNotExist();
        kudos(deploy());

        Map<String, String> half = with(PAGES, "clients/index.html", null, "clients/coho/index.html", null,
                "clients/kea/index.html", null, "feed.xml", null);
        built(site, half);
        var stopped = kudos(deploy());
        assertThat(stopped.exitCode()).isEqualTo(1);
        assertThat(stopped.err()).startsWith("kudos deploy: this deploy would delete 4 of 8 files (50%), more than the limit "
                + "of 25%");
        assertThat(texts(www)).isEqualTo(new TreeMap<>(PAGES));
        var forced = kudos(deploy("--force"));
        assertThat(forced.out()).isEqualTo("deployed to " + target() + ": 0 uploaded, 4 deleted, 4 unchanged\n");
        assertThat(texts(www)).isEqualTo(new TreeMap<>(half));
    }

    @Test
    void anInterruptedUploadIsFinishedByARerun() throws Exception {
        trustHost();
        var settings = new SftpTarget.Settings("127.0.0.1", sshd.port, System.getProperty("user.name"), www.toString(),
                knownHosts, false, List.of(sshd.identity), null, null);
        try (Target target = new SftpTarget(settings)) {
            Plan plan = Plan.of(LocalSite.scan(site.site(), Map.of()), target.manifest());
            assertThatThrownBy(() -> Deployer.run(plan, new DeployDirTest.FailAfter(target, 5),
                    new Deployer.Options(false, false, 25), new PrintWriter(new StringWriter())))
                    .hasMessageContaining("connection lost");
        }
        assertThat(www.resolve("index.html")).doesNotExist();
        assertThat(texts(www)).hasSize(5);
        var rerun = kudos(deploy());
        assertThat(rerun.out()).isEqualTo("deployed to " + target() + ": 8 uploaded, 0 deleted, 0 unchanged\n");
        assertThat(texts(www)).isEqualTo(new TreeMap<>(PAGES));
    }

    /**
     * git over ssh: the git program pushes with the user's own ssh setup (here GIT_SSH_COMMAND with
     * the test's key and known_hosts, as a user's ~/.ssh/config or ssh agent would provide them).
     */
    @Test
    void aGitRemoteOverSshIsReachedWithTheUsersOwnSshSetup() throws Exception {
        trustHost();
        Path bare = dir.resolve("origin.git");
        org.eclipse.jgit.api.Git.init().setBare(true).setDirectory(bare.toFile()).call().close();
        String remote = "ssh://" + System.getProperty("user.name") + "@127.0.0.1:" + sshd.port + bare;
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        env.put("GIT_SSH_COMMAND", "ssh -i " + sshd.identity + " -o IdentitiesOnly=yes -o BatchMode=yes"
                + " -o StrictHostKeyChecking=yes -o UserKnownHostsFile=" + knownHosts);
        var request = new Targets.Request(site.root(), "git", null, remote, "gh-pages", false, null, null, 22, null, null,
                null, false, null, 25);
        GitTarget.Settings settings = Targets.git(request, env);
        assertThat(settings.gitProgram()).isTrue();

        assertThat(deployWith(settings, request).uploaded()).isEqualTo(9);
        built(site, with(PAGES, "clients/coho/index.html", "<h1>Coho Café</h1>"));
        var second = deployWith(settings, request);
        assertThat(List.of(second.uploaded(), second.deleted(), second.unchanged())).containsExactly(1, 0, 8);
        assertThat(DeployGitTest.git(bare, "show", "gh-pages:clients/coho/index.html")).containsExactly("<h1>Coho Café</h1>");
        assertThat(DeployGitTest.git(bare, "log", "--format=%s", "gh-pages")).containsExactly(
                "Deploy site: 1 uploaded, 0 deleted", "Deploy site: 9 uploaded, 0 deleted");
    }

    private static DeployResult deployWith(GitTarget.Settings settings, Targets.Request request) throws Exception {
        try (Target target = new GitTarget(settings)) {
            Plan plan = Plan.of(LocalSite.scan(request.site().resolve("site"), Targets.extras(request)), target.manifest());
            return Deployer.run(plan, target, new Deployer.Options(false, false, 25), new PrintWriter(new StringWriter()));
        }
    }

    @Test
    void anSshGitRemoteThatCannotBeReachedIsAnErrorInGitsOwnWords() {
        String remote = "ssh://nobody@127.0.0.1:" + sshd.port + "/nowhere.git";
        var run = kudos(args(site, "--target", "git", "--remote", remote));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("kudos deploy: cannot read " + remote + ": ").contains("fatal: Could not read from remote repository.");
    }
}
