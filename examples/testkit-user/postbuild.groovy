// The property ran: Surefire's default includes picked up MyPropertiesTest.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0') : 'the property did not run'
assert log.contains('com.example.MyPropertiesTest')
