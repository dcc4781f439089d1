// Actorgraph's local Neo4j: runs the real Neo4j Community engine embedded, with
// Bolt on 127.0.0.1 only and authentication on: the first line of stdin is the
// password of the user `neo4j`, set (through the embedded API, which needs no
// login) at every start, so the password file the parent keeps is the only
// truth. Transactions have a memory limit, each and all together, so that one
// query cannot exhaust the heap. Stdout carries exactly one line,
// `NEO4J_READY {json}`, once Bolt accepts connections; all logs go to stderr.
// Shuts down cleanly on SIGTERM/SIGINT and when stdin closes.
//
// Usage: echo PASSWORD | java <flags> -cp classes:lib/* org.actorgraph.neo4j.Launcher
//          --data-dir DIR [--port 7687|0] [--page-cache 256m] [--tx-timeout 60s]
//          [--tx-memory 160m] [--tx-memory-total 256m]
package org.actorgraph.neo4j;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingImpl;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.log4j.Log4jLogProvider;

public final class Launcher {
    private static final String HOST = "127.0.0.1";

    private static final String USER = "neo4j";
    private static final int MIN_PASSWORD_LENGTH = 24;

    private record Options(Path dataDir, int port, String pageCache, String txTimeout, String txMemory, String txMemoryTotal) {}

    private Launcher() {}

    public static void main(String[] args) {
        // NOTE: the parent reads stdout for the ready line only, so anything a
        // library prints there is sent to stderr instead.
        PrintStream readyChannel = System.out;
        System.setOut(System.err);
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("neo4j launcher: " + e.getMessage());
            System.exit(2);
            return;
        }
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String password = readPassword(stdin);
        AtomicReference<DatabaseManagementService> service = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(service.get()), "neo4j-shutdown"));
        watchStdin(stdin);
        try {
            service.set(build(options));
            setPassword(service.get().database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
            GraphDatabaseService db = service.get().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            readyChannel.println("NEO4J_READY " + readyJson(db));
            readyChannel.flush();
        } catch (RuntimeException e) {
            System.err.println("neo4j launcher: start failed");
            e.printStackTrace(System.err);
            System.exit(1);
        }
    }

    /** The first line of stdin: never on the command line or in the environment, where other users could read it. */
    private static String readPassword(BufferedReader stdin) {
        String line;
        try {
            line = stdin.readLine();
        } catch (IOException e) {
            line = null;
        }
        if (line == null || line.strip().length() < MIN_PASSWORD_LENGTH) {
            System.err.println("neo4j launcher: expected a password of " + MIN_PASSWORD_LENGTH + "+ characters as the first line of stdin");
            System.exit(2);
        }
        return line.strip();
    }

    /**
     * Makes the password of `neo4j` the given one. The embedded API runs with full rights and no login, so
     * this also repairs a store whose password was changed or never set (a new store's is "neo4j", to be changed).
     */
    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally("ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // NOTE: Neo4j refuses to "change" a password to the one it already has; then there is nothing to do.
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    private static Options parse(String[] args) {
        Map<String, String> values = new HashMap<>(Map.of(
                "--port", "7687", "--page-cache", "256m", "--tx-timeout", "60s", "--tx-memory", "160m", "--tx-memory-total", "256m"));
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got: " + String.join(" ", args));
            }
            values.put(args[i], args[i + 1]);
        }
        String dataDir = values.get("--data-dir");
        if (dataDir == null) {
            throw new IllegalArgumentException("--data-dir is required");
        }
        int port = Integer.parseInt(values.get("--port"));
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0..65535");
        }
        return new Options(Path.of(dataDir).toAbsolutePath(), port, values.get("--page-cache"), values.get("--tx-timeout"),
                values.get("--tx-memory"), values.get("--tx-memory-total"));
    }

    private static DatabaseManagementService build(Options o) {
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(o.dataDir())
                .setUserLogProvider(new Log4jLogProvider(System.err))
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, o.port()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // NOTE: auth on although Bolt is on loopback only: any local process, and any web page
                // through Bolt's WebSocket transport on the same port, could otherwise write to the graph.
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.routing_enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                // NOTE: preallocation would put 256 MiB per database on disk at once, even for a test store.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                // NOTE: Bolt shuts down after the databases, so there is nothing to drain; the default
                // 5 s netty quiet period (paid twice) would make every stop take over 10 s.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        setParsed(builder, GraphDatabaseSettings.pagecache_memory, o.pageCache());
        setParsed(builder, GraphDatabaseSettings.transaction_timeout, o.txTimeout());
        // NOTE: a memory limit per transaction and for all of them, below the heap, so that a query that
        // collects or builds too much fails with MemoryPoolOutOfMemoryError instead of taking the JVM down.
        setParsed(builder, GraphDatabaseSettings.memory_transaction_max_size, o.txMemory());
        setParsed(builder, GraphDatabaseSettings.memory_transaction_global_max_size, o.txMemoryTotal());
        return builder.build();
    }

    /** Sets a setting from its neo4j.conf text form (e.g. "256m", "60s"), parsed the way neo4j.conf would be. */
    @SuppressWarnings("unchecked")
    private static <T> void setParsed(DatabaseManagementServiceBuilder builder, Setting<T> setting, String text) {
        builder.setConfig(setting, ((SettingImpl<T>) setting).parse(text));
    }

    private static String readyJson(GraphDatabaseService db) {
        int port = ((GraphDatabaseAPI) db).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
        // NOTE: querying dbms.components() also proves the database answers Cypher.
        String[] component = db.executeTransactionally(
                "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition",
                Map.of(),
                result -> {
                    Map<String, Object> row = result.next();
                    return new String[] {String.valueOf(row.get("version")), String.valueOf(row.get("edition"))};
                },
                Duration.ofSeconds(30));
        return "{\"bolt\":" + quote("bolt://" + HOST + ":" + port)
                + ",\"version\":" + quote(component[0])
                + ",\"edition\":" + quote(component[1])
                + ",\"pid\":" + ProcessHandle.current().pid() + "}";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Exits when stdin reaches EOF: the parent process died or closed the pipe, so no orphan survives it. */
    private static void watchStdin(BufferedReader stdin) {
        Thread watcher = new Thread(() -> {
            try (BufferedReader in = stdin) {
                while (in.read() != -1) {
                    // Input after the password is ignored; only the end of the stream matters.
                }
            } catch (IOException ignored) {
                // A broken stdin means the parent is gone, like EOF.
            }
            System.err.println("neo4j launcher: stdin closed, shutting down");
            System.exit(0);
        }, "stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void shutdown(DatabaseManagementService service) {
        if (service == null) {
            return;
        }
        System.err.println("neo4j launcher: shutting down");
        try {
            service.shutdown();
        } catch (RuntimeException e) {
            e.printStackTrace(System.err);
        }
    }
}
