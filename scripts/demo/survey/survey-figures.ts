import {
  type MetricLevelRow,
  type PublishedChangeRow,
  type ResponseCountRow,
  readMetricLevels,
  readPublishedChanges,
  readResponseCounts,
} from "./seed-data";
import { readSeedDataFile } from "./seed-files";

/** The published figures the demo survey is generated to match. */
export interface SurveyFigures {
  sentiment: MetricLevelRow[];
  changes: PublishedChangeRow[];
  responseCounts: ResponseCountRow[];
}

let cached: SurveyFigures | null = null;

/** Reads the figures from `db/seed/data` once per process. */
export function loadSurveyFigures(): SurveyFigures {
  cached ??= {
    sentiment: readMetricLevels(readSeedDataFile("sentiment_metrics.csv")),
    changes: readPublishedChanges(readSeedDataFile("published_changes.csv")),
    responseCounts: readResponseCounts(readSeedDataFile("response_counts.csv")),
  };
  return cached;
}
