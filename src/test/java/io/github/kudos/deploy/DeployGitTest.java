package io.github.kudos.deploy;

import io.github.kudos.TestSite;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static io.github.kudos.TestSite.kudos;
import static io.github.kudos.deploy.DeploySites.PAGES;
import static io.github.kudos.deploy.DeploySites.args;
import static io.github.kudos.deploy.DeploySites.built;
import static io.github.kudos.deploy.DeploySites.with;
import static org.assertj.core.api.Assertions.assertThat;

/** kudos deploy to a branch of a real bare repository, through a file:// remote; read back with the git command. */
class DeployGitTest {
    @TempDir
    Path dir;
    Path bare;
    String remote;
    TestSite site;

    @BeforeEach
    void setUp() throws Exception {
        bare = dir.resolve("origin.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
        remote = bare.toUri().toString();
        site = DeploySites.site(dir.resolve("src"), "deploy:\n  target: git\n  remote: " + remote + "\n  cname: clients.example.com\n");
    }

    @Test
    void firstDeployCommitsTheSiteWithNojekyllAndCname() {
        var run = kudos(args(site));
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("deployed to git " + remote + " (gh-pages): 10 uploaded, 0 deleted, 0 unchanged\n");
        assertThat(git("ls-tree", "-r", "--name-only", "gh-pages")).containsExactly(".kudos-deploy.json", ".nojekyll", "404.html",
                "CNAME", "clients/coho/index.html", "clients/index.html", "clients/kea/index.html", "css/kudos.css",
                "feed.xml", "index.html", "js/kudos.js");
        assertThat(git("show", "gh-pages:CNAME")).containsExactly("clients.example.com");
        assertThat(git("show", "gh-pages:index.html")).containsExactly("<h1>Home</h1>");
        assertThat(git("log", "--format=%s", "gh-pages")).containsExactly("Deploy site: 10 uploaded, 0 deleted");
    }

    @Test
    void secondDeployCommitsOnTopMovingOnlyChangesAndKeepsOtherFiles() throws Exception {
        kudos(args(site));
        pushOwnFile("keep.txt");
        built(site, with(PAGES, "clients/coho/index.html", "<h1>Coho Café</h1>", "clients/kea/index.html", null));
        var run = kudos(args(site));
        assertThat(run.out()).isEqualTo("deployed to git " + remote + " (gh-pages): 1 uploaded, 1 deleted, 8 unchanged\n");
        assertThat(git("ls-tree", "-r", "--name-only", "gh-pages")).contains("keep.txt", "clients/coho/index.html")
                .doesNotContain("clients/kea/index.html");
        assertThat(git("show", "gh-pages:clients/coho/index.html")).containsExactly("<h1>Coho Café</h1>");
        assertThat(git("rev-list", "--count", "gh-pages")).containsExactly("3");
        assertThat(kudos(args(site)).out()).endsWith(": 0 uploaded, 0 deleted, 9 unchanged\n");
        assertThat(git("rev-list", "--count", "gh-pages")).containsExactly("3");
    }

    @Test
    void orphanReplacesTheHistory() {
        kudos(args(site));
        built(site, with(PAGES, "feed.xml", "<feed>2</feed>"));
        var run = kudos(args(site, "--orphan", "--branch", "gh-pages"));
        assertThat(run.exitCode()).isZero();
        assertThat(git("rev-list", "--count", "gh-pages")).containsExactly("1");
        assertThat(git("show", "gh-pages:feed.xml")).containsExactly("<feed>2</feed>");
    }

    @Test
    void removingAProfileWarnsThatHistoryKeepsItAndOrphanDropsIt() {
        kudos(args(site));
        built(site, with(PAGES, "clients/kea/index.html", null));
        var run = kudos(args(site));
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEqualTo("warning: this deploy removes the pages of clients/kea/ but the branch's git "
                + "history still holds them; to drop them from the history too, deploy with --orphan (one new commit "
                + "replacing the branch's history)\n");
        assertThat(git("log", "--format=%s", "gh-pages", "--", "clients/kea/index.html")).hasSize(2);

        var orphan = kudos(args(site, "--orphan"));
        assertThat(orphan.err()).isEmpty();
        assertThat(orphan.exitCode()).isZero();
        assertThat(git("rev-list", "--count", "gh-pages")).containsExactly("1");
        assertThat(git("log", "--format=%s", "gh-pages", "--", "clients/kea/index.html")).isEmpty();
        assertThat(git("ls-tree", "-r", "--name-only", "gh-pages")).contains("clients/coho/index.html");
    }

    @Test
    void dryRunPushesNothing() {
        kudos(args(site));
        built(site, with(PAGES, "feed.xml", "<feed>2</feed>"));
        var run = kudos(args(site, "--dry-run"));
        assertThat(run.out()).isEqualTo("upload feed.xml\ndry run: would upload 1 file and delete 0 on git " + remote
                + " (gh-pages) (9 unchanged); nothing was changed\n");
        assertThat(git("rev-list", "--count", "gh-pages")).containsExactly("1");
    }

    @Test
    void anUnreachableRemoteIsAnError() {
        var run = kudos(args(site, "--remote", dir.resolve("nowhere.git").toUri().toString()));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("kudos deploy: cannot read " + dir.resolve("nowhere.git").toUri());
    }

    @Test
    void aTokenInTheRemoteUrlIsRefused() {
        site.with("content/site.yaml", TestSite.parse(TestSite.SITE).get("content/site.yaml")
                + "deploy:\n  target: git\n  remote: https://me:ghp_secret@github.com/me/site.git\n");
        var run = kudos(args(site));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("content/site.yaml:6:11: error: 'remote' must not contain a password or token "
                + "(put the token in the KUDOS_GIT_TOKEN environment variable instead)\n"
                + "kudos deploy: 1 error in content/site.yaml; nothing deployed\n");
    }

    private void pushOwnFile(String name) throws Exception {
        Path work = dir.resolve("work");
        try (Git clone = Git.cloneRepository().setURI(remote).setBranch("gh-pages").setDirectory(work.toFile()).call()) {
            TestSite.write(work.resolve(name), "the owner's file\n");
            clone.add().addFilepattern(name).call();
            clone.commit().setMessage("Add " + name).setAuthor("Owner", "owner@example.com")
                    .setCommitter("Owner", "owner@example.com").setSign(false).call();
            clone.push().call();
        }
    }

    private List<String> git(String... args) {
        return git(bare, args);
    }

    /** The git command's view of a bare repository, line by line. */
    static List<String> git(Path bare, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("git", "--git-dir", bare.toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(out).isZero();
            return out.lines().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
