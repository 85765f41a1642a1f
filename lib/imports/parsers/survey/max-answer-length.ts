// The survey parsers' limit on an answer and its message, kept with the transcript's in the imports' limits module.
export { answerTooLongMessage, MAX_ANSWER_LENGTH } from "../../import-limits";
