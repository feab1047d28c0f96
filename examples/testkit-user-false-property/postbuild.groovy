// The build failed for the right reason: the false property, reported by the kit with its
// shrunk counterexample and the seed that replays it, not a compilation or set-up error.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 1, Failures: 1') : 'the false property did not fail the tests'
assert log.contains('FalsePropertyTest.noModelHasAParty')
assert log.contains('dev.disputemodel.testing.PropertyFailure')
assert log.contains('Shrunk in')
assert log.contains('-Ddispute-model.seed=')
assert log.contains('There are test failures')
