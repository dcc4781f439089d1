// Actorgraph's NLP sidecar: Stanford CoreNLP (tokenize, ssplit, pos, lemma, ner,
// depparse) behind a small HTTP server that listens on 127.0.0.1 only and
// answers only requests that carry the token the parent process wrote as the
// first line of stdin. (CoreNLP's own StanfordCoreNLPServer binds every
// interface and has no per-process secret, so it is not used.)
//
// Protocol: POST /annotate with `Authorization: Bearer TOKEN` and a JSON body
// {"text": "..."} answers
// {"sentences": [{"tokens": [...], "basic": [...], "enhanced": [...]}]}, each
// token {"word", "begin", "end", "pos", "lemma", "ner", "normalized"?} with
// character offsets into the text (UTF-16 units, as JavaScript counts), each
// dependency [relation, governor, dependent] with 1-based token indexes (0 is
// the root). GET /health answers {"ok": true, "pid", "version", "pipeline"}:
// `pipeline` is a fingerprint of the annotators and their options (also in the
// ready line), so that callers can key caches of parses on it. Errors are
// {"code", "message"}. Health checks are answered while every annotation
// thread is busy.
//
// Stdout carries exactly one line, `NLP_READY {json}`, once the pipeline is
// loaded and the port is open; all logs go to stderr. Attached (the default),
// it exits when stdin closes (the parent died) and on SIGTERM/SIGINT. With
// --detached (a sidecar shared by short-lived CLIs) it ignores stdin after the
// token and exits by itself once no request has come for --idle-exit-seconds.
//
// Usage: java <flags> -cp classes:<CoreNLP jars> org.actorgraph.nlp.Sidecar
//          [--port 0] [--threads 2] [--max-chars 2000000]
//          [--detached] [--idle-exit-seconds 900]
package org.actorgraph.nlp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import javax.json.Json;
import javax.json.JsonException;
import javax.json.JsonObject;
import javax.json.JsonReader;
import javax.json.JsonString;
import javax.json.JsonValue;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

public final class Sidecar {
    private static final String HOST = "127.0.0.1";
    private static final String VERSION = "4.5.10";

    private record Options(int port, int threads, int maxChars, boolean detached, int idleExitSeconds) {}

    /** When the last authenticated request ended, and how many are being served. */
    private static final class Activity {
        final AtomicLong lastNanos = new AtomicLong(System.nanoTime());
        final AtomicInteger inFlight = new AtomicInteger();

        void begin() {
            inFlight.incrementAndGet();
            lastNanos.set(System.nanoTime());
        }

        void end() {
            lastNanos.set(System.nanoTime());
            inFlight.decrementAndGet();
        }

        boolean idleFor(long nanos) {
            return inFlight.get() == 0 && System.nanoTime() - lastNanos.get() > nanos;
        }
    }

    /** What a handler needs besides the exchange. */
    private record Context(StanfordCoreNLP pipeline, byte[] secret, Options options, Semaphore annotators,
            Activity activity, String health) {}

    /** A refusal with a stable code and an HTTP status. */
    private static final class Refusal extends Exception {
        final int status;
        final String code;

        Refusal(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }

    private Sidecar() {}

    public static void main(String[] args) throws IOException {
        // NOTE: the parent reads stdout for the ready line only, so anything a
        // library prints there is sent to stderr instead.
        PrintStream readyChannel = System.out;
        System.setOut(System.err);
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("nlp sidecar: " + e.getMessage());
            System.exit(2);
            return;
        }
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String token = stdin.readLine();
        if (token == null || token.strip().length() < 32) {
            System.err.println("nlp sidecar: expected a token of 32+ characters as the first line of stdin");
            System.exit(2);
            return;
        }
        byte[] secret = ("Bearer " + token.strip()).getBytes(StandardCharsets.UTF_8);
        if (!options.detached()) {
            watchStdin(stdin);
        }

        long t0 = System.nanoTime();
        Properties properties = pipelineProperties(options.threads());
        String pipelineId = fingerprint(properties);
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
        // NOTE: the first annotation loads lazily initialised parts; doing it
        // here keeps that cost out of the first real request.
        pipeline.annotate(new Annotation("Warm-up sentence from Paris on Monday."));
        long loadMs = (System.nanoTime() - t0) / 1_000_000;

        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(HOST), options.port()), 16);
        // NOTE: two threads more than annotations may run, so that /health and
        // refusals are answered while every annotator is busy (a client that
        // took a slow health check for a dead sidecar would replace it).
        ExecutorService executor = Executors.newFixedThreadPool(options.threads() + 2);
        server.setExecutor(executor);
        long pid = ProcessHandle.current().pid();
        String health = "{\"ok\":true,\"pid\":" + pid + ",\"version\":\"" + VERSION + "\",\"pipeline\":\"" + pipelineId + "\"}";
        Context context = new Context(pipeline, secret, options, new Semaphore(options.threads(), true), new Activity(), health);
        server.createContext("/", exchange -> handle(exchange, context));
        server.start();
        if (options.detached() && options.idleExitSeconds() > 0) {
            watchIdle(context.activity(), options.idleExitSeconds());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(0);
            executor.shutdownNow();
        }, "nlp-shutdown"));
        int port = server.getAddress().getPort();
        readyChannel.println("NLP_READY {\"port\":" + port + ",\"host\":\"" + HOST + "\",\"loadMs\":" + loadMs
                + ",\"version\":\"" + VERSION + "\",\"pipeline\":\"" + pipelineId + "\",\"maxHeapMiB\":"
                + (Runtime.getRuntime().maxMemory() >> 20) + "}");
        readyChannel.flush();
    }

    /** The annotators and the options that differ from CoreNLP's defaults, with why. */
    static Properties pipelineProperties(int threads) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        // Scraped articles put one paragraph, headline or caption on a line.
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // NOTE: the fine-grained gazetteer step (regexner over a large list of
        // titles, countries, religions ...) cuts throughput about sixfold; our
        // own country data types locations.
        p.setProperty("ner.applyFineGrained", "false");
        // NOTE: SUTime (rule-based date normalisation inside ner) took two thirds
        // of ner's time on the dev corpus (8.6 s of 18.4 s); the extractor
        // resolves dates itself, against the publication date.
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.nthreads", Integer.toString(threads));
        p.setProperty("depparse.nthreads", Integer.toString(threads));
        return p;
    }

    /**
     * A fingerprint of what the pipeline computes: the CoreNLP version and
     * every property except the thread counts (they change speed, not parses).
     * The first 16 hex digits of a SHA-256.
     */
    static String fingerprint(Properties p) {
        StringBuilder canonical = new StringBuilder("corenlp=").append(VERSION).append('\n');
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            if (!key.endsWith(".nthreads")) {
                canonical.append(key).append('=').append(p.getProperty(key)).append('\n');
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static Options parse(String[] args) {
        Map<String, String> values = new HashMap<>(Map.of("--port", "0", "--threads", "2", "--max-chars", "2000000",
                "--idle-exit-seconds", "900"));
        boolean detached = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--detached")) {
                detached = true;
            } else if (values.containsKey(args[i]) && i + 1 < args.length) {
                values.put(args[i], args[++i]);
            } else {
                throw new IllegalArgumentException("expected --port/--threads/--max-chars/--idle-exit-seconds N and --detached, got: "
                        + String.join(" ", args));
            }
        }
        int port = Integer.parseInt(values.get("--port"));
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0..65535");
        }
        int threads = Integer.parseInt(values.get("--threads"));
        int maxChars = Integer.parseInt(values.get("--max-chars"));
        if (threads < 1 || maxChars < 1) {
            throw new IllegalArgumentException("--threads and --max-chars must be positive");
        }
        int idleExitSeconds = Integer.parseInt(values.get("--idle-exit-seconds"));
        if (idleExitSeconds < 0) {
            throw new IllegalArgumentException("--idle-exit-seconds must be 0 (never) or positive");
        }
        return new Options(port, threads, maxChars, detached, idleExitSeconds);
    }

    /** Detached only: exits once no request has been served for idleSeconds (none in flight). */
    private static void watchIdle(Activity activity, int idleSeconds) {
        long idleNanos = TimeUnit.SECONDS.toNanos(idleSeconds);
        // NOTE: checked at a tenth of the period (1..30 s), so that it exits at most ~10% late.
        long everyMs = Math.max(1_000L, Math.min(30_000L, idleSeconds * 100L));
        Thread t = new Thread(() -> {
            try {
                while (!activity.idleFor(idleNanos)) {
                    Thread.sleep(everyMs);
                }
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("nlp sidecar: no request for " + idleSeconds + " s, exiting");
            System.exit(0);
        }, "idle-watch");
        t.setDaemon(true);
        t.start();
    }

    /** Exits when the parent closes stdin, so that a killed parent leaves no JVM behind. */
    private static void watchStdin(BufferedReader stdin) {
        Thread t = new Thread(() -> {
            try {
                while (stdin.read() != -1) {
                    // Nothing else is sent on stdin after the token.
                }
            } catch (IOException ignored) {
                // A broken pipe means the same as EOF.
            }
            System.err.println("nlp sidecar: stdin closed, exiting");
            System.exit(0);
        }, "stdin-watch");
        t.setDaemon(true);
        t.start();
    }

    private static void handle(HttpExchange ex, Context context) throws IOException {
        try (ex) {
            try {
                checkCaller(ex, context.secret());
                context.activity().begin();
                try {
                    route(ex, context);
                } finally {
                    context.activity().end();
                }
            } catch (Refusal r) {
                send(ex, r.status, error(r.code, r.getMessage()));
            } catch (RuntimeException | OutOfMemoryError e) {
                System.err.println("nlp sidecar: annotation failed");
                e.printStackTrace(System.err);
                send(ex, 500, error("ANNOTATION_FAILED", String.valueOf(e.getMessage())));
            }
        }
    }

    private static void route(HttpExchange ex, Context context) throws IOException, Refusal {
        String path = ex.getRequestURI().getPath();
        if (path.equals("/health") && ex.getRequestMethod().equals("GET")) {
            send(ex, 200, context.health());
        } else if (path.equals("/annotate") && ex.getRequestMethod().equals("POST")) {
            JsonObject body = readBody(ex, context.options().maxChars());
            String json;
            context.annotators().acquireUninterruptibly();
            try {
                json = annotate(context.pipeline(), body);
            } finally {
                context.annotators().release();
            }
            send(ex, 200, json);
        } else {
            throw new Refusal(404, "NOT_FOUND", "no such endpoint: " + ex.getRequestMethod() + " " + path);
        }
    }

    /** Token, Host and Origin checks: only the parent process, never a web page (DNS rebinding, cross-site). */
    private static void checkCaller(HttpExchange ex, byte[] secret) throws Refusal {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        byte[] given = auth == null ? new byte[0] : auth.getBytes(StandardCharsets.UTF_8);
        // NOTE: MessageDigest.isEqual takes the same time whatever the contents.
        if (!MessageDigest.isEqual(given, secret)) {
            throw new Refusal(401, "UNAUTHORIZED", "a valid bearer token is required");
        }
        if (ex.getRequestHeaders().containsKey("Origin")) {
            throw new Refusal(403, "FORBIDDEN", "requests from web pages are refused");
        }
        String host = ex.getRequestHeaders().getFirst("Host");
        String name = host == null ? "" : host.replaceFirst(":\\d+$", "");
        if (!name.equals(HOST) && !name.equals("localhost")) {
            throw new Refusal(403, "FORBIDDEN", "unexpected Host header");
        }
    }

    private static JsonObject readBody(HttpExchange ex, int maxChars) throws IOException, Refusal {
        // NOTE: UTF-8 takes at most 3 bytes per UTF-16 unit; the JSON escaping allowance is generous.
        long maxBytes = (long) maxChars * 3 + 4096;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (InputStream in = ex.getRequestBody()) {
            byte[] chunk = new byte[65536];
            for (int n; (n = in.read(chunk)) != -1;) {
                buf.write(chunk, 0, n);
                if (buf.size() > maxBytes) {
                    throw new Refusal(413, "TOO_LARGE", "request body over " + maxBytes + " bytes");
                }
            }
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(buf.toString(StandardCharsets.UTF_8)))) {
            value = reader.readValue();
        } catch (JsonException e) {
            throw new Refusal(400, "BAD_REQUEST", "the body is not JSON: " + e.getMessage());
        }
        if (!(value instanceof JsonObject body) || !(body.get("text") instanceof JsonString text)) {
            throw new Refusal(400, "BAD_REQUEST", "the body must be an object with a string \"text\"");
        }
        if (text.getString().length() > maxChars) {
            throw new Refusal(413, "TOO_LARGE", "text over " + maxChars + " characters");
        }
        return body;
    }

    static String annotate(StanfordCoreNLP pipeline, JsonObject body) {
        Annotation doc = new Annotation(body.getString("text"));
        pipeline.annotate(doc);
        StringBuilder out = new StringBuilder(body.getString("text").length() * 12);
        out.append("{\"sentences\":[");
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (int s = 0; s < sentences.size(); s++) {
            CoreMap sentence = sentences.get(s);
            if (s > 0) out.append(',');
            out.append("{\"tokens\":[");
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < tokens.size(); i++) {
                if (i > 0) out.append(',');
                token(out, tokens.get(i));
            }
            out.append("],\"basic\":");
            edges(out, sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
            out.append(",\"enhanced\":");
            edges(out, sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
            out.append('}');
        }
        return out.append("]}").toString();
    }

    private static void token(StringBuilder out, CoreLabel t) {
        out.append("{\"word\":");
        quote(out, t.word());
        out.append(",\"begin\":").append(t.beginPosition()).append(",\"end\":").append(t.endPosition());
        out.append(",\"pos\":");
        quote(out, t.tag());
        out.append(",\"lemma\":");
        quote(out, t.lemma());
        out.append(",\"ner\":");
        quote(out, t.ner());
        String normalized = t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        if (normalized != null) {
            out.append(",\"normalized\":");
            quote(out, normalized);
        }
        out.append('}');
    }

    /** Dependencies as [relation, governor, dependent]; roots as ["root", 0, index]. */
    private static void edges(StringBuilder out, SemanticGraph graph) {
        out.append('[');
        boolean first = true;
        if (graph != null) {
            for (var root : graph.getRoots()) {
                if (!first) out.append(',');
                first = false;
                out.append("[\"root\",0,").append(root.index()).append(']');
            }
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                if (!first) out.append(',');
                first = false;
                out.append('[');
                quote(out, e.getRelation().toString());
                out.append(',').append(e.getGovernor().index()).append(',').append(e.getDependent().index()).append(']');
            }
        }
        out.append(']');
    }

    private static void quote(StringBuilder out, String s) {
        if (s == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }

    private static String error(String code, String message) {
        StringBuilder out = new StringBuilder("{\"code\":");
        quote(out, code);
        out.append(",\"message\":");
        quote(out, message);
        return out.append('}').toString();
    }

    private static void send(HttpExchange ex, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
