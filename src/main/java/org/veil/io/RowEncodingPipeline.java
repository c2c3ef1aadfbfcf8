package org.veil.io;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.DatasetBuilder;

/**
 * Overlaps parsing with dictionary encoding: the reading thread hands rows over in batches and a
 * second thread encodes them, so on two or more cores an import costs little more than the parse
 * itself. Rows are encoded in the order they were added.
 */
public final class RowEncodingPipeline implements AutoCloseable {

    private static final int BATCH_ROWS = 2048;
    private static final String[][] END = new String[0][];

    private final DatasetBuilder builder;
    private final BlockingQueue<String[][]> batches = new ArrayBlockingQueue<>(16);
    private final Thread encoder;
    private volatile Throwable failure;
    private String[][] batch = new String[BATCH_ROWS][];
    private int filled;
    private int rows;

    public RowEncodingPipeline(DatasetBuilder builder) {
        this.builder = builder;
        this.encoder = new Thread(this::encode, "veil-encoder");
        encoder.setDaemon(true);
        encoder.start();
    }

    /** Adds a row; the pipeline keeps the array, so the caller must not reuse it. */
    public void add(String[] row) {
        batch[filled++] = row;
        rows++;
        if (filled == BATCH_ROWS) {
            handOver();
        }
    }

    /** Rows added so far. */
    public int rowCount() {
        return rows;
    }

    /** Waits until every row is encoded and builds the dataset. */
    public Dataset finish() {
        handOver();
        put(END);
        try {
            encoder.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while encoding", e);
        }
        rethrowFailure();
        return builder.build();
    }

    /** Stops the encoding thread if the import ends early (an error or a cancel). */
    @Override
    public void close() {
        encoder.interrupt();
    }

    private void handOver() {
        if (filled == 0) {
            return;
        }
        put(filled == BATCH_ROWS ? batch : Arrays.copyOf(batch, filled));
        batch = new String[BATCH_ROWS][];
        filled = 0;
    }

    private void put(String[][] rowsToEncode) {
        try {
            while (!batches.offer(rowsToEncode, 50, TimeUnit.MILLISECONDS)) {
                rethrowFailure(); // the encoder died: do not wait for room that never comes
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        }
    }

    private void encode() {
        try {
            for (String[][] next = batches.take(); next != END; next = batches.take()) {
                for (String[] row : next) {
                    builder.addRow(row);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed early; nothing more to do
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }

    private void rethrowFailure() {
        Throwable t = failure;
        if (t instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (t instanceof Error error) {
            throw error;
        }
    }
}
