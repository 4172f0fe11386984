// The smoke test ran on the class path.
if (!new File(basedir, 'build.log').text.contains('inference-econ on the class-path: ')) {
  throw new IllegalStateException('classpath-app: the smoke test did not pass')
}
