declare module "webvtt-parser" {
  namespace webvtt {
    interface TextNode {
      type: "text";
      value: string;
    }
    interface TimestampNode {
      type: "timestamp";
      value: number;
    }
    interface ObjectNode {
      type: "object";
      /** "v", "c", "b", "i", "u", "ruby", "rt" or "lang". */
      name: string;
      classes: string[];
      /** The annotation: the voice of a `<v Name>` tag, the language of `<lang en>`. */
      value?: string;
      children: CueNode[];
    }
    type CueNode = TextNode | TimestampNode | ObjectNode;
    interface Cue {
      id: string;
      /** Seconds. */
      startTime: number;
      endTime: number;
      text: string;
      tree: { children: CueNode[] };
    }
    interface ParseError {
      message: string;
      line: number;
      col?: number;
    }
    interface ParseResult {
      cues: Cue[];
      errors: ParseError[];
      styles: string[];
    }
    class WebVTTParser {
      constructor(entities?: Record<string, string>);
      parse(input: string, mode?: "metadata" | "chapters"): ParseResult;
    }
  }
  export = webvtt;
}
