package jp.nerima.zaitaku.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import jp.nerima.zaitaku.TestApp;

/**
 * Many readers at once, as on the intranet: every request is answered. (A bounded connection pool once left all of
 * them waiting for each other; this is about liveness, not speed, so the limit is generous.)
 */
class ConcurrencyTest {

    @Test
    void manySimultaneousReadersAreAllAnswered() throws Exception {
        List<String> paths = List.of("/", "/program", "/initiatives/1-1-1", "/indicators", "/present/5", "/checks");
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<Integer>> answers = IntStream.range(0, 96)
                    .mapToObj(i -> pool.submit(() -> TestApp.get(paths.get(i % paths.size())).status())).toList();
            for (Future<Integer> answer : answers) assertEquals(200, answer.get(60, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }
}
