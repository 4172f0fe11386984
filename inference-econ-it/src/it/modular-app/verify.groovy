// The smoke test ran on the module path, and the quick start printed what the README says.
def log = new File(basedir, 'build.log').text
def expect(boolean ok, String what) {
  if (!ok) {
    throw new IllegalStateException('modular-app: ' + what)
  }
}
expect(log.contains('inference-econ on the module-path: '), 'the smoke test did not pass')
def lines = log.readLines()
int start = lines.findIndexOf { it.contains('--- exec:') && it.contains('(quick-start)') }
expect(start >= 0, 'the quick start did not run')
def out = lines.drop(start + 1).findAll { !it.startsWith('[') && !it.startsWith('SLF4J') }.take(6)
// 80 layers x 8 KV heads x 128 dims x 2 (K, V) x 2 bytes = 327,680 bytes = 320 KiB
expect(out[0] == '320 KiB', 'KV cache per token: ' + out[0])
// 70,553,706,496 parameters x 2 bytes = 141,107,412,992 bytes
expect(out[1] == '141.107412992 GB', 'weights: ' + out[1])
expect(out[2] == 'true', 'fits: ' + out[2])
expect(out[3] ==~ /[0-9.]+ tokens\/s/, 'throughput: ' + out[3])
expect(out[4] ==~ /USD [0-9.]+/, 'cost per million output tokens: ' + out[4])
// 2,000 x USD 3/M + 8,000 x USD 0.30/M + 1,000 x USD 15/M
expect(out[5] == 'USD 0.0234', 'cost: ' + out[5])
