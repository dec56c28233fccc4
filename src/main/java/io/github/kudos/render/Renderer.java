package io.github.kudos.render;

import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import io.github.kudos.diag.Position;
import io.github.kudos.diag.Problems;
import io.github.kudos.output.OutputSink;
import io.github.kudos.output.OutputTree;
import io.github.kudos.site.Output;
import io.github.kudos.site.SiteLink;
import io.github.kudos.theme.Messages;
import io.github.kudos.theme.Theme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The render stage: every output to bytes, in parallel, each handed to a sink (memory, or the
 * staged site) as soon as it is made. Templates are parsed once and shared. Freemarker is locked
 * down (SECURITY.md): HTML auto-escaping, no ?new of arbitrary classes, no ?api, errors rethrown
 * and reported as diagnostics rather than printed into pages.
 */
public final class Renderer {
    private final Configuration config;
    private final Theme theme;
    private final Fragments fragments = new Fragments();

    public Renderer(Theme theme, SiteLink link, Messages messages) {
        this.theme = theme;
        this.config = configuration(theme, link, messages);
        config.setSharedVariable("cached", fragments);
        config.setSharedVariable("cachedEach", fragments.each);
    }

    private static Configuration configuration(Theme theme, SiteLink link, Messages messages) {
        Configuration config = new Configuration(Configuration.VERSION_2_3_33);
        config.setTemplateLoader(new PathTemplateLoader(theme.folders().stream().map(Theme.Folder::templates).toList()));
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setRecognizeStandardFileExtensions(true);
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setLocale(Locale.forLanguageTag(messages.language()));
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        // Templates never change under a renderer (a theme edit makes a new one); a concurrent map, not the
        // default synchronized cache, as every page and every import of the layout asks for its template.
        config.setCacheStorage(new freemarker.cache.StrongCacheStorage());
        config.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_33).build());
        config.setSharedVariable("url", (TemplateMethodModelEx) args -> link.path(argument(args, "url")));
        config.setSharedVariable("absUrl", (TemplateMethodModelEx) args -> link.absoluteOfPath(argument(args, "absUrl")));
        config.setSharedVariable("t", (TemplateMethodModelEx) args -> message(messages, args));
        return config;
    }

    /** t("key", args...): the theme's text in the site's language; a missing key is a template error. */
    private static String message(Messages messages, List<?> args) throws TemplateModelException {
        if (args.isEmpty() || !(args.get(0) instanceof TemplateScalarModel key)) {
            throw new TemplateModelException("t(...) takes a message key and then its arguments");
        }
        Object[] values = new Object[args.size() - 1];
        for (int i = 1; i < args.size(); i++) {
            Object arg = args.get(i);
            if (arg instanceof TemplateNumberModel number) values[i - 1] = number.getAsNumber();
            else if (arg instanceof TemplateScalarModel text) values[i - 1] = text.getAsString();
            else if (arg instanceof TemplateBooleanModel bool) values[i - 1] = bool.getAsBoolean();
            else throw new TemplateModelException("t(\"" + key.getAsString() + "\", ...): argument " + i + " must be text or a number");
        }
        try {
            return messages.get(key.getAsString(), values);
        } catch (Messages.MissingMessageException e) {
            throw new TemplateModelException(e.getMessage());
        }
    }

    private static String argument(List<?> args, String function) throws TemplateModelException {
        if (args.size() != 1 || !(args.get(0) instanceof TemplateScalarModel text)) {
            throw new TemplateModelException(function + "(...) takes one text argument");
        }
        return text.getAsString();
    }

    /** common: the values every page's template sees besides the page's own (site, profiles...). */
    public OutputTree render(List<Output> outputs, Map<String, Object> common, Problems problems) {
        return render(outputs, common, problems, (RenderMemo) null);
    }

    /** With a memo (the preview server's), only what changed since the last render is made again. */
    public OutputTree render(List<Output> outputs, Map<String, Object> common, Problems problems, RenderMemo memo) {
        if (memo == null) {
            OutputTree.Collector collector = OutputTree.collector();
            render(outputs, common, problems, collector);
            return collector.tree();
        }
        fragments.nextRender();
        RenderMemo.Round round = memo.round(outputs, common);
        inTurn(round.todo().toArray(), i -> output(i, outputs.get(i), common, problems, memo, round));
        if (!round.samePaths()) {
            fragments.keepRunsOf(outputs.stream().filter(o -> o instanceof Output.Page).map(Output::path)
                    .collect(java.util.stream.Collectors.toSet()));
        }
        return round.finish();
    }

    /**
     * Runs work on each position on every core, each thread taking the next position in order when it
     * is done with one: a rebuild renders a handful of outputs, the biggest first, and a parallel
     * stream split them in halves up front (one core rendered 15 ms of pages while the other had 4).
     */
    static void inTurn(int[] positions, IntConsumer work) {
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            try {
                for (int k; (k = next.getAndIncrement()) < positions.length; ) work.accept(positions[k]);
            } catch (RuntimeException e) {
                next.set(positions.length); // the other threads take nothing more
                throw e;
            }
        };
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), positions.length - 1);
        List<ForkJoinTask<?>> started = new ArrayList<>();
        for (int h = 0; h < helpers; h++) started.add(ForkJoinPool.commonPool().submit(worker));
        RuntimeException failed = null;
        try {
            worker.run();
        } catch (RuntimeException e) {
            failed = e;
        }
        for (ForkJoinTask<?> helper : started) { // none is still at work when the render ends
            try {
                helper.join();
            } catch (RuntimeException e) {
                if (failed == null) failed = e;
            }
        }
        if (failed != null) throw failed;
    }

    /** Renders each output into sink as soon as it is made, and keeps nothing of it. */
    public void render(List<Output> outputs, Map<String, Object> common, Problems problems, OutputSink sink) {
        fragments.nextRender();
        outputs.parallelStream().forEach(output -> {
            if (output instanceof Output.Page page) {
                page(page, common, problems, null, 16 * 1024).ifPresent(made -> sink.file(page.path(), made.bytes()));
            } else if (output instanceof Output.Text text) {
                sink.file(text.path(), text.text().getBytes(StandardCharsets.UTF_8));
            } else if (output instanceof Output.Copy copy) {
                sink.copy(copy.path(), copy.from());
            } else if (output instanceof Output.Binary binary) {
                binary(binary, problems).ifPresent(bytes -> sink.file(binary.path(), bytes));
            }
        });
    }

    private void output(int i, Output output, Map<String, Object> common, Problems problems, RenderMemo memo,
                        RenderMemo.Round round) {
        if (output instanceof Output.Page page) {
            byte[] reused = round.reusable(i);
            if (reused != null) {
                round.file(i, reused);
            } else {
                page(page, common, problems, memo, round.sizeHint(i)).ifPresent(made -> {
                    round.rendered(i, page, made.reads(), made.bytes());
                    round.file(i, made.bytes());
                });
            }
        } else if (output instanceof Output.Text text) {
            round.file(i, round.text(i, text));
        } else if (output instanceof Output.Copy copy) {
            round.copy(i, copy.from());
        } else if (output instanceof Output.Binary binary) {
            byte[] reused = round.binary(i, binary);
            if (reused != null) {
                round.file(i, reused);
            } else {
                binary(binary, problems).ifPresent(made -> {
                    round.made(i, binary, made);
                    round.file(i, made);
                });
            }
        }
    }

    /** Image work: a file that cannot be made is an error at its source, never a crash. */
    private static java.util.Optional<byte[]> binary(Output.Binary binary, Problems problems) {
        try {
            return java.util.Optional.of(binary.maker().make());
        } catch (IOException | RuntimeException e) {
            problems.error(binary.position() != null ? binary.position() : Position.startOf(binary.source()),
                    e.getMessage() == null ? e.toString() : e.getMessage());
            return java.util.Optional.empty();
        }
    }

    /** A rendered page, with what its template read of the model when a memo tracked it. */
    private record Made(byte[] bytes, RenderMemo.Reads reads) {}

    private java.util.Optional<Made> page(Output.Page page, Map<String, Object> common, Problems problems, RenderMemo memo,
                                          int size) {
        try {
            Template template = config.getTemplate(page.template());
            Utf8Writer out = new Utf8Writer(size);
            Map<String, Object> model = new PageModel(common, page.model());
            RenderMemo.Reads reads = memo == null ? null : memo.track(model);
            Environment env = template.createProcessingEnvironment(reads == null ? model : reads, out);
            Fragments.PageRuns runs = memo == null ? null : fragments.runsOf(page.path());
            if (runs != null) env.setCustomAttribute(Fragments.RUNS, runs);
            env.process();
            byte[] bytes = out.toBytes();
            if (runs != null) fragments.keep(runs);
            return java.util.Optional.of(new Made(bytes, reads));
        } catch (freemarker.template.TemplateNotFoundException e) {
            problems.error(Position.startOf(theme.folders().get(0).label() + "/templates/" + page.template()),
                    "theme '" + theme.name() + "' has no template '" + page.template() + "'",
                    "needed for " + page.path());
        } catch (ParseException e) {
            problems.error(templatePosition(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber()),
                    "template syntax: " + firstLines(e.getEditorMessage()));
        } catch (TemplateException e) {
            problems.error(templatePosition(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber()),
                    "template error: " + firstLines(e.getMessageWithoutStackTop()), "while rendering " + page.path());
        } catch (IOException e) {
            problems.error(Position.startOf(page.source()), "cannot read template: " + e.getMessage());
        }
        return java.util.Optional.empty();
    }

    private Position templatePosition(String name, Integer line, Integer column) {
        String label = theme.folders().get(0).label();
        for (Theme.Folder folder : theme.folders()) {
            if (name != null && Files.isRegularFile(folder.templates().resolve(name))) {
                label = folder.label();
                break;
            }
        }
        return new Position(label + "/templates/" + name, line == null ? 1 : line, column == null ? 1 : column);
    }

    private static String firstLines(String message) {
        if (message == null) return "unknown problem";
        StringBuilder text = new StringBuilder();
        for (String line : message.split("\n")) {
            if (line.isBlank() || line.startsWith("----")) {
                if (text.length() > 0) break;
                continue;
            }
            text.append(text.length() > 0 ? " " : "").append(line.replace("==>", "").strip());
        }
        return text.toString();
    }
}
