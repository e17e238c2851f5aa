package org.crm4j.examples.demo;

import java.io.PrintStream;
import java.util.Objects;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.crm4j.core.insight.ProgressListener;

/**
 * A {@link ProgressListener} that draws a console progress bar (me.tongfei's progressbar, ASCII style, at most 100
 * characters wide, redrawn every half second) with the step just finished as its message. The bar appears at the
 * first report; {@link #close()} draws it a last time and ends its line. Not thread-safe: report from one thread.
 */
public final class ConsoleProgress implements ProgressListener, AutoCloseable {

    private final String task;
    private final PrintStream out;
    private ProgressBar bar;

    /**
     * @param task what the bar measures, shown before it
     * @param out  where it is drawn
     * @throws NullPointerException if an argument is null
     */
    public ConsoleProgress(String task, PrintStream out) {
        this.task = Objects.requireNonNull(task, "task");
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void progress(String stage, int step, int steps) {
        if (bar == null) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(steps).setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(500).setConsumer(new ConsoleProgressBarConsumer(out, 100)).build();
        }
        bar.maxHint(steps);
        bar.stepTo(step);
        bar.setExtraMessage(stage.length() > 40 ? stage.substring(0, 39) + "…" : stage);
    }

    /** Draws the bar a last time and ends its line; nothing if nothing was reported. */
    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
