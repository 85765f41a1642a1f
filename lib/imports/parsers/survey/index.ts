export { applyMapping } from "./apply-mapping";
export { MAX_ANSWER_LENGTH } from "./max-answer-length";
export { buildAttributeValueMap } from "./normalise-attribute-values";
export { parseSurvey } from "./parse-survey";
export { proposeMapping } from "./propose-mapping";
export { adaptToolExport, SURVEY_TOOL_NAMES } from "./recognise-survey-tool";
export { scoreLikert } from "./score-likert";
export type {
  ColumnHint,
  ColumnMapping,
  ColumnRole,
  MetricLabel,
  ParsedSurvey,
  SurveyAnswer,
  SurveyRecords,
  SurveyRespondent,
  SurveyTool,
} from "./types";
