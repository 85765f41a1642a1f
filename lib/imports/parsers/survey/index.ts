export { applyMapping } from "./apply-mapping";
export { buildAttributeValueMap } from "./normalise-attribute-values";
export { parseSurvey } from "./parse-survey";
export { proposeMapping } from "./propose-mapping";
export { scoreLikert } from "./score-likert";
export type {
  ColumnMapping,
  ColumnRole,
  MetricLabel,
  ParsedSurvey,
  SurveyAnswer,
  SurveyRecords,
  SurveyRespondent,
} from "./types";
