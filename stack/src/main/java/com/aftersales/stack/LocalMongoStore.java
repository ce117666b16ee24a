package com.aftersales.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local stand-in for MongoDB: mongo-java-server speaking the MongoDB wire protocol, with the H2
 * MVStore backend so that data survives restarts in one file.
 *
 * <pre>
 * java -cp 'stack/target/classes:stack/target/lib/*' com.aftersales.stack.LocalMongoStore \
 *      .aftersales/data/mongo.mv [port] [host]
 * </pre>
 *
 * Defaults: port 27017, host 127.0.0.1. The oplog is enabled so change streams work. On SIGTERM/SIGINT
 * a shutdown hook stops listening and closes the store, which writes the file consistently.
 * mongo-java-server 1.47 knows the legacy {@code isMaster} but not {@code hello} (MongoDB 4.4.2+), which
 * Spring Boot's Mongo health indicator sends; this store answers {@code hello} like a writable primary.
 * It is a development stand-in: no multi-document transactions, non-unique secondary indexes ignored.
 */
public final class LocalMongoStore {

    private static final Logger log = LoggerFactory.getLogger(LocalMongoStore.class);

    private LocalMongoStore() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args[0].startsWith("-")) {
            System.err.println("usage: LocalMongoStore <data-file> [port=27017] [host=127.0.0.1]");
            System.exit(2);
        }
        Path file = Path.of(args[0]).toAbsolutePath();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 27017;
        String host = args.length > 2 ? args[2] : "127.0.0.1";

        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        long started = System.nanoTime();
        H2Backend backend = new HelloAnsweringH2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        server.enableOplog();
        server.bind(host, port);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Shutting down the Mongo store, closing {}", file);
            try {
                // shutdown() stops listening, closes client connections and then closes the backend,
                // which commits and closes the MVStore file.
                server.shutdown();
            } catch (RuntimeException e) {
                log.error("Mongo store did not shut down cleanly", e);
            } finally {
                stopped.countDown();
            }
        }, "mongo-store-shutdown"));

        log.info("Mongo store ready on mongodb://{}:{} (H2 file {}, oplog enabled) in {} ms",
                host, port, file, (System.nanoTime() - started) / 1_000_000);
        stopped.await();
    }

    /** The H2 backend, plus the {@code hello} command answered from the {@code isMaster} reply. */
    static final class HelloAnsweringH2Backend extends H2Backend {

        HelloAnsweringH2Backend(String fileName) {
            super(fileName);
        }

        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            if ("hello".equalsIgnoreCase(command)) {
                Document reply = super.handleCommand(channel, databaseName, "isMaster", query);
                Object primary = reply.remove("ismaster");
                reply.put("isWritablePrimary", primary == null ? Boolean.TRUE : primary);
                return reply;
            }
            return super.handleCommand(channel, databaseName, command, query);
        }
    }
}
