package org.pathways.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.pathways.reference.SpreadsheetReader;

/**
 * In-process speed of the readers every import goes through (reference data, employers, survey answers): the
 * largest official files of each format, read row by row with every cell checked. Run with bench/jmh.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SpreadsheetReadingBenchmark {

    /** Paths below ../shared/data: O*NET's alternate titles (4.5 MB CSV) and the BLS OEWS national workbook (xlsx). */
    @Param({"onet/28.2/alternate_titles.csv", "bls_oews/raw/national_M2024_dl.xlsx"})
    public String file;

    @Benchmark
    public int read() throws Exception {
        return SpreadsheetReader.read(Path.of("../shared/data").resolve(file), 200, 2_000_000).size();
    }
}
