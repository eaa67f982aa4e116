"""The benchmark behind `make bench`: build time and memory, macro overhead, scale, page weight and
Lighthouse scores, composer latency. Results go to tests/bench/results.md; a missed budget exits non-zero.

Nothing here is a test: timings are too noisy for assertions in the test suite, so they live here,
as medians of several runs and as ratios of builds run side by side.
"""
