import Foundation
import OpsSources
let now = Date()
let load = FixtureSource.demo()!.loadNow(now: now)
print(load.estate.environments.count, load.estate.signals.count, load.estate.backups.count, load.estate.windows.count, load.estate.changes.count)
for issue in load.issues { print(issue) }
