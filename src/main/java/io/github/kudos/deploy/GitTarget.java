package io.github.kudos.deploy;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A branch of a git remote (GitHub Pages and the like). The branch is fetched into a temporary
 * bare repository; the deploy edits its tree (files nobody but Kudos wrote are kept), commits on
 * top of it, or as an orphan, and pushes. The push is atomic: visitors see the old site or the new.
 * JGit does all of it, except reaching an ssh remote or an https remote without KUDOS_GIT_TOKEN:
 * there the git program fetches and pushes, with the user's own ssh agent, ~/.ssh/config and
 * credential helpers.
 */
public final class GitTarget implements Target {
    private final Settings settings;
    private final Path scratch;
    private final Git git;
    private final RevCommit parent;
    private final Map<String, ObjectId> writes = new TreeMap<>();
    private final Set<String> deletions = new HashSet<>();

    /**
     * remote: a file:// URL, a local path, an https URL or an ssh remote; credentials (for JGit) may be
     * null; gitProgram: fetch and push with the git program, run in environment.
     */
    public record Settings(String remote, String branch, boolean orphan, CredentialsProvider credentials,
                           boolean gitProgram, Map<String, String> environment) {
        public Settings {
            environment = Map.copyOf(environment);
        }
    }

    public GitTarget(Settings settings) throws IOException {
        this.settings = settings;
        this.scratch = Files.createTempDirectory("kudos-deploy-git-");
        try {
            this.git = Git.init().setBare(true).setDirectory(scratch.toFile()).call();
            this.parent = fetch();
        } catch (GitAPIException | IOException e) {
            close();
            throw new DeployException("cannot read " + settings.remote() + ": " + e.getMessage(), e);
        }
    }

    /** Why a remote cannot be used, or null: local, file://, https and ssh remotes are supported. */
    public static String refusal(String remote) {
        if (remote.startsWith("https://") || remote.startsWith("file://") || remote.startsWith("/") || isSsh(remote)) return null;
        if (remote.startsWith("http://")) return "remote " + remote + " is plain http; use https";
        return "remote " + remote + " is not supported; use an https URL, an ssh remote (git@host:path or "
                + "ssh://host/path), a file:// URL or a local path";
    }

    /** ssh://[user@]host[:port]/path or git's scp-like user@host:path (never starting with '-': git would read an option). */
    public static boolean isSsh(String remote) {
        return remote.startsWith("ssh://") || remote.matches("[^-/@:\\s][^/@:\\s]*@[^-/:\\s][^/:\\s]*:[^\\s]+");
    }

    private RevCommit fetch() throws GitAPIException, IOException {
        String ref = Constants.R_HEADS + settings.branch();
        if (settings.gitProgram()) {
            boolean exists = git("ls-remote", "--heads", settings.remote(), ref).lines().anyMatch(line -> line.endsWith("\t" + ref));
            if (!exists) return null;
            git("fetch", "--quiet", "--no-tags", settings.remote(), "+" + ref + ":" + ref);
            try (RevWalk walk = new RevWalk(repository())) {
                return walk.parseCommit(repository().resolve(ref));
            }
        }
        Collection<Ref> heads = Git.lsRemoteRepository().setRemote(settings.remote()).setHeads(true)
                .setCredentialsProvider(settings.credentials()).call();
        if (heads.stream().noneMatch(head -> head.getName().equals(ref))) return null;
        git.fetch().setRemote(settings.remote()).setCredentialsProvider(settings.credentials())
                .setRefSpecs(new RefSpec("+" + ref + ":" + ref)).call();
        try (RevWalk walk = new RevWalk(repository())) {
            return walk.parseCommit(repository().resolve(ref));
        }
    }

    private Repository repository() {
        return git.getRepository();
    }

    @Override
    public String describe() {
        return "git " + settings.remote() + " (" + settings.branch() + ")";
    }

    @Override
    public boolean keepsHistory() {
        return !settings.orphan();
    }

    @Override
    public boolean dropsHistory() {
        return settings.orphan() && parent != null && parent.getParentCount() > 0;
    }

    @Override
    public Manifest manifest() throws IOException {
        if (parent == null) return Manifest.EMPTY;
        try (TreeWalk walk = TreeWalk.forPath(repository(), Manifest.NAME, parent.getTree())) {
            if (walk == null) return Manifest.EMPTY;
            byte[] bytes = repository().open(walk.getObjectId(0)).getBytes();
            return Manifest.parse(new String(bytes, StandardCharsets.UTF_8), Manifest.NAME + " on " + settings.branch());
        }
    }

    @Override
    public void upload(SiteFile file) throws IOException {
        try (InputStream in = file.open(); ObjectInserter inserter = repository().newObjectInserter()) {
            byte[] bytes = in.readAllBytes();
            writes.put(file.path(), inserter.insert(Constants.OBJ_BLOB, bytes));
            inserter.flush();
        }
        deletions.remove(file.path());
    }

    @Override
    public void delete(String path) {
        writes.remove(path);
        deletions.add(path);
    }

    @Override
    public void writeManifest(Manifest manifest) throws IOException {
        upload(SiteFile.of(Manifest.NAME, manifest.toJson().getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void finish(String message) throws IOException {
        try (ObjectInserter inserter = repository().newObjectInserter()) {
            ObjectId tree = tree(inserter);
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(tree);
            if (parent != null && !settings.orphan()) commit.setParentId(parent);
            PersonIdent who = new PersonIdent(repository());
            commit.setAuthor(who);
            commit.setCommitter(who);
            commit.setMessage(message + "\n");
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            RefUpdate update = repository().updateRef(Constants.R_HEADS + settings.branch());
            update.setNewObjectId(id);
            update.forceUpdate();
        }
        push();
    }

    private ObjectId tree(ObjectInserter inserter) throws IOException {
        DirCache index = DirCache.newInCore();
        if (parent != null) {
            DirCacheBuilder builder = index.builder();
            try (ObjectReader reader = repository().newObjectReader()) {
                builder.addTree(new byte[0], DirCacheEntry.STAGE_0, reader, parent.getTree());
            }
            builder.finish();
        }
        DirCacheEditor editor = index.editor();
        deletions.forEach(path -> editor.add(new DirCacheEditor.DeletePath(path)));
        writes.forEach((path, blob) -> editor.add(new DirCacheEditor.PathEdit(path) {
            @Override
            public void apply(DirCacheEntry entry) {
                entry.setFileMode(FileMode.REGULAR_FILE);
                entry.setObjectId(blob);
            }
        }));
        editor.finish();
        return index.writeTree(inserter);
    }

    private void push() {
        String ref = Constants.R_HEADS + settings.branch();
        if (settings.gitProgram()) {
            try {
                git("push", "--quiet", settings.remote(), (settings.orphan() ? "+" : "") + ref + ":" + ref);
            } catch (IOException e) {
                throw new DeployException("cannot push to " + settings.remote() + ": " + e.getMessage()
                        + "; if someone else deployed meanwhile, run kudos deploy again", e);
            }
            return;
        }
        try {
            Iterable<PushResult> results = git.push().setRemote(settings.remote())
                    .setCredentialsProvider(settings.credentials())
                    .setRefSpecs(new RefSpec((settings.orphan() ? "+" : "") + ref + ":" + ref)).call();
            for (PushResult result : results) {
                for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                    var status = update.getStatus();
                    if (status != RemoteRefUpdate.Status.OK && status != RemoteRefUpdate.Status.UP_TO_DATE) {
                        throw new DeployException("push to " + settings.remote() + " was refused (" + status
                                + (update.getMessage() == null ? "" : ": " + update.getMessage())
                                + "); if someone else deployed meanwhile, run kudos deploy again");
                    }
                }
            }
        } catch (GitAPIException e) {
            throw new DeployException("cannot push to " + settings.remote() + ": " + e.getMessage(), e);
        }
    }

    /** Runs the git program on the scratch repository: its output, or an IOException in git's own words. */
    private String git(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "--git-dir", scratch.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(settings.environment());
        // Fail rather than wait for a password nobody will type; credential helpers and ssh agents still answer.
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IOException("cannot run git (" + e.getMessage() + "); install git, or use an https remote "
                    + "with KUDOS_GIT_TOKEN", e);
        }
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() == 0) return output;
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        // git's first lines say what went wrong ("Host key verification failed."); drop its generic advice.
        List<String> lines = output.lines().map(String::strip).filter(line -> !line.isEmpty())
                .filter(line -> !line.startsWith("Please make sure you have") && !line.equals("and the repository exists."))
                .limit(3).toList();
        throw new IOException(lines.isEmpty() ? "git " + args[0] + " failed" : String.join(" ", lines));
    }

    @Override
    public void close() throws IOException {
        if (git != null) git.close();
        try (Stream<Path> walk = Files.walk(scratch)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
        }
    }
}
