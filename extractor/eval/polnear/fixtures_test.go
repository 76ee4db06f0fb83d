package polnear

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// bratFixtures are small articles in PolNeAR's brat layout, written by this
// project (invented people and places; none of the corpus's text). They live
// in Go rather than as files so that nothing shaped like the unlicensed
// corpus is tracked; writeBrat lays one set out on disk for a test.
var bratFixtures = map[string]string{
	"compartment/attributions/vote_ab12.ann": "T1\tContent 50 68\tthe vote was close\n" +
		"T2\tCue 45 49\tsaid\n" +
		"T3\tAttribution 45 49\tsaid\n" +
		"T4\tSource 28 44\tSenator Ana Lima\n" +
		"E1\tAttribution:T3 Content:T1 Cue:T2 Source:T4\n" +
		"T5\tContent 80 99\tshe would try again\n" +
		"T6\tCue 75 79\tsaid\n" +
		"T7\tAttribution 75 79\tsaid\n" +
		"T8\tSource 71 74\tShe\n" +
		"E2\tAttribution:T7 Content:T5 Cue:T6 Source:T8\n" +
		"T9\tCue 115 121\tagreed\n" +
		"T10\tAttribution 115 121\tagreed\n" +
		"T11\tSource 105 114\ther aides\n" +
		"E3\tAttribution:T10 Cue:T9 Source:T11\n",
	"compartment/attributions/vote_cd34.ann": "T1\tContent 50 69\tthe vote was close.\n" +
		"T2\tCue 45 49\tsaid\n" +
		"T3\tAttribution 45 49\tsaid\n" +
		"T4\tSource 36 44\tAna Lima\n" +
		"E1\tAttribution:T3 Content:T1 Cue:T2 Source:T4\n",
	"compartment/corenlp/vote.txt.xml": "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
		"<root>\n" +
		"  <document>\n" +
		"    <sentences>\n" +
		"      <sentence id=\"1\">\n" +
		"        <tokens>\n" +
		"          <token id=\"1\"><word>Recount</word><CharacterOffsetBegin>0</CharacterOffsetBegin><CharacterOffsetEnd>7</CharacterOffsetEnd><POS>NN</POS><NER>O</NER></token>\n" +
		"          <token id=\"2\"><word>🗳</word><CharacterOffsetBegin>8</CharacterOffsetBegin><CharacterOffsetEnd>10</CharacterOffsetEnd><POS>NN</POS><NER>O</NER></token>\n" +
		"          <token id=\"3\"><word>ahead</word><CharacterOffsetBegin>11</CharacterOffsetBegin><CharacterOffsetEnd>16</CharacterOffsetEnd><POS>NN</POS><NER>O</NER></token>\n" +
		"          <token id=\"4\"><word>in</word><CharacterOffsetBegin>17</CharacterOffsetBegin><CharacterOffsetEnd>19</CharacterOffsetEnd><POS>NN</POS><NER>O</NER></token>\n" +
		"          <token id=\"5\"><word>Dunmore</word><CharacterOffsetBegin>20</CharacterOffsetBegin><CharacterOffsetEnd>27</CharacterOffsetEnd><POS>NNP</POS><NER>LOCATION</NER></token>\n" +
		"        </tokens>\n" +
		"      </sentence>\n" +
		"      <sentence id=\"2\">\n" +
		"        <tokens>\n" +
		"          <token id=\"1\"><word>Senator</word><CharacterOffsetBegin>29</CharacterOffsetBegin><CharacterOffsetEnd>36</CharacterOffsetEnd><POS>NNP</POS><NER>O</NER></token>\n" +
		"          <token id=\"2\"><word>Ana</word><CharacterOffsetBegin>37</CharacterOffsetBegin><CharacterOffsetEnd>40</CharacterOffsetEnd><POS>NNP</POS><NER>PERSON</NER></token>\n" +
		"          <token id=\"3\"><word>Lima</word><CharacterOffsetBegin>41</CharacterOffsetBegin><CharacterOffsetEnd>45</CharacterOffsetEnd><POS>NNP</POS><NER>PERSON</NER></token>\n" +
		"          <token id=\"4\"><word>said</word><CharacterOffsetBegin>46</CharacterOffsetBegin><CharacterOffsetEnd>50</CharacterOffsetEnd><POS>NN</POS><NER>O</NER></token>\n" +
		"          <token id=\"5\"><word>the</word><CharacterOffsetBegin>51</CharacterOffsetBegin><CharacterOffsetEnd>54</CharacterOffsetEnd><POS>NN</POS><NER>O</NER></token>\n" +
		"          <token id=\"6\"><word>vote</word><CharacterOffsetBegin>55</CharacterOffsetBegin><CharacterOffsetEnd>59</CharacterOffsetEnd><POS>NN</POS><NER>O</NER></token>\n" +
		"          <token id=\"7\"><word>was</word><CharacterOffsetBegin>60</CharacterOffsetBegin><CharacterOffsetEnd>63</CharacterOffsetEnd><POS>NN</POS><NER>O</NER></token>\n" +
		"          <token id=\"8\"><word>close</word><CharacterOffsetBegin>64</CharacterOffsetBegin><CharacterOffsetEnd>69</CharacterOffsetEnd><POS>NN</POS><NER>O</NER></token>\n" +
		"          <token id=\"9\"><word>.</word><CharacterOffsetBegin>69</CharacterOffsetBegin><CharacterOffsetEnd>70</CharacterOffsetEnd><POS>NN</POS><NER>O</NER></token>\n" +
		"        </tokens>\n" +
		"      </sentence>\n" +
		"      <sentence id=\"3\">\n" +
		"        <tokens>\n" +
		"          <token id=\"1\"><word>She</word><CharacterOffsetBegin>72</CharacterOffsetBegin><CharacterOffsetEnd>75</CharacterOffsetEnd><POS>PRP</POS><NER>O</NER></token>\n" +
		"          <token id=\"2\"><word>said</word><CharacterOffsetBegin>76</CharacterOffsetBegin><CharacterOffsetEnd>80</CharacterOffsetEnd><POS>NN</POS><NER>O</NER></token>\n" +
		"          <token id=\"3\"><word>she</word><CharacterOffsetBegin>81</CharacterOffsetBegin><CharacterOffsetEnd>84</CharacterOffsetEnd><POS>PRP</POS><NER>O</NER></token>\n" +
		"          <token id=\"4\"><word>would</word><CharacterOffsetBegin>85</CharacterOffsetBegin><CharacterOffsetEnd>90</CharacterOffsetEnd><POS>NN</POS><NER>O</NER></token>\n" +
		"          <token id=\"5\"><word>try</word><CharacterOffsetBegin>91</CharacterOffsetBegin><CharacterOffsetEnd>94</CharacterOffsetEnd><POS>NN</POS><NER>O</NER></token>\n" +
		"          <token id=\"6\"><word>again</word><CharacterOffsetBegin>95</CharacterOffsetBegin><CharacterOffsetEnd>100</CharacterOffsetEnd><POS>NN</POS><NER>O</NER></token>\n" +
		"          <token id=\"7\"><word>,</word><CharacterOffsetBegin>100</CharacterOffsetBegin><CharacterOffsetEnd>101</CharacterOffsetEnd><POS>NN</POS><NER>O</NER></token>\n" +
		"          <token id=\"8\"><word>and</word><CharacterOffsetBegin>102</CharacterOffsetBegin><CharacterOffsetEnd>105</CharacterOffsetEnd><POS>NN</POS><NER>O</NER></token>\n" +
		"          <token id=\"9\"><word>her</word><CharacterOffsetBegin>106</CharacterOffsetBegin><CharacterOffsetEnd>109</CharacterOffsetEnd><POS>PRP$</POS><NER>O</NER></token>\n" +
		"          <token id=\"10\"><word>aides</word><CharacterOffsetBegin>110</CharacterOffsetBegin><CharacterOffsetEnd>115</CharacterOffsetEnd><POS>NN</POS><NER>O</NER></token>\n" +
		"          <token id=\"11\"><word>agreed</word><CharacterOffsetBegin>116</CharacterOffsetBegin><CharacterOffsetEnd>122</CharacterOffsetEnd><POS>NN</POS><NER>O</NER></token>\n" +
		"          <token id=\"12\"><word>.</word><CharacterOffsetBegin>122</CharacterOffsetBegin><CharacterOffsetEnd>123</CharacterOffsetEnd><POS>NN</POS><NER>O</NER></token>\n" +
		"        </tokens>\n" +
		"      </sentence>\n" +
		"    </sentences>\n" +
		"    <coreference>\n" +
		"      <coreference>\n" +
		"        <mention representative=\"true\"><sentence>2</sentence><start>1</start><end>4</end><head>3</head><text>x</text></mention>\n" +
		"        <mention><sentence>3</sentence><start>1</start><end>2</end><head>1</head><text>x</text></mention>\n" +
		"        <mention><sentence>3</sentence><start>3</start><end>4</end><head>3</head><text>x</text></mention>\n" +
		"        <mention><sentence>3</sentence><start>9</start><end>10</end><head>9</head><text>x</text></mention>\n" +
		"      </coreference>\n" +
		"    </coreference>\n" +
		"  </document>\n" +
		"</root>\n",
	"compartment/text/vote.txt": "Recount 🗳 ahead in Dunmore\n" +
		"\n" +
		"Senator Ana Lima said the vote was close.\n" +
		"\n" +
		"She said she would try again, and her aides agreed.\n",
	"flat/council.ann": "T1\tContent 143 158\t“long overdue.”\n" +
		"T2\tCue 136 142\tcalled\n" +
		"T3\tAttribution 136 142\tcalled\n" +
		"T4\tSource 117 135\tMayor Inés Ødegård\n" +
		"E1\tAttribution:T3 Content:T1 Cue:T2 Source:T4\n" +
		"T5\tContent 160 189;204 233\t“We listened to the workers,” “and the workers were right.”\n" +
		"T6\tCue 198 202\tsaid\n" +
		"T7\tAttribution 198 202\tsaid\n" +
		"T8\tSource 190 197\tØdegård\n" +
		"E2\tAttribution:T7 Content:T5 Cue:T6 Source:T8\n" +
		"T9\tContent 248 285\tthe first crossing would run in March\n" +
		"T10\tCue 243 247\tsaid\n" +
		"T11\tAttribution 243 247\tsaid\n" +
		"T12\tSource 235 242\tØdegård\n" +
		"E3\tAttribution:T11 Content:T9 Cue:T10 Source:T12\n" +
		"T13\tContent 319 356\tthat the budget remained “very tight”\n" +
		"T14\tCue 312 318\twarned\n" +
		"T15\tAttribution 312 318\twarned\n" +
		"T16\tSource 287 310\tHer deputy, Tomás Reyes\n" +
		"E4\tAttribution:T15 Content:T13 Cue:T14 Source:T16\n" +
		"T17\tContent 410 447\t\"Nobody should pay more to get home.\"\n" +
		"T18\tCue 403 409\tadded:\n" +
		"T19\tAttribution 403 409\tadded:\n" +
		"T20\tSource 399 402\tShe\n" +
		"E5\tAttribution:T19 Content:T17 Cue:T18 Source:T20\n" +
		"T90\tDiscuss 578 602\tCritics were unconvinced\n" +
		"#1\tAnnotatorNotes T90\tno content: opinion without a claim?\n" +
		"T21\tCue 586 602\twere unconvinced\n" +
		"T22\tAttribution 586 602\twere unconvinced\n" +
		"T23\tSource 578 585\tCritics\n" +
		"E6\tAttribution:T22 Cue:T21 Source:T23\n" +
		"T24\tContent 488 524\tthe old pier\n" +
		"would close for repairs\n" +
		"T25\tCue 483 487\tsaid\n" +
		"T26\tAttribution 483 487\tsaid\n" +
		"T27\tSource 449 481\tThe harbour master, Ngozi Okafor\n" +
		"E7\tAttribution:T26 Content:T24 Cue:T25 Source:T27\n" +
		"T28\tContent 547 575\tthat two boats would be sold\n" +
		"T29\tCue 529 546\twas also reported\n" +
		"T30\tAttribution-no-source 529 546\twas also reported\n" +
		"E8\tAttribution-no-source:T30 Content:T28 Cue:T29\n" +
		"T31\tContent 604 641\tThe plan will cost more than expected\n" +
		"T32\tCue 643 655\taccording to\n" +
		"T33\tAttribution 643 655\taccording to\n" +
		"T34\tSource 656 689\ta report by the harbour authority\n" +
		"E9\tAttribution:T33 Content:T31 Cue:T32 Source:T34\n",
	"flat/council.txt": "Riverton Council Backs Ferry Plan\n" +
		"\n" +
		"The Riverton council voted on Tuesday to restore the night ferry, a decision that Mayor Inés Ødegård called “long overdue.”\n" +
		"\n" +
		"“We listened to the workers,” Ødegård said, “and the workers were right.”\n" +
		"\n" +
		"Ødegård said the first crossing would run in March. Her deputy, Tomás Reyes, warned that the budget remained “very tight” and said the council would review fares.\n" +
		"\n" +
		"She added: \"Nobody should pay more to get home.\"\n" +
		"\n" +
		"The harbour master, Ngozi Okafor, said the old pier\n" +
		"would close for repairs. It was also reported that two boats would be sold.\n" +
		"\n" +
		"Critics were unconvinced. The plan will cost more than expected, according to a report by the harbour authority.\n",
	"flat/ferry.ann": "T1\tContent 50 60;62 89\tthat fares would stay at €3 until 2027\r\n" +
		"T2\tCue 35 39\tsaid\r\n" +
		"T3\tAttribution 35 39\tsaid\r\n" +
		"T4\tSource 22 34\tThe operator\r\n" +
		"E1\tAttribution:T3 Content:T1 Cue:T2 Source:T4\r\n" +
		"T5\tContent 94 122\t“It is the least we can do,”\r\n" +
		"T6\tCue 123 127\tsaid\r\n" +
		"T7\tAttribution 123 127\tsaid\r\n" +
		"T8\tSource 128 161\tØyvind Berg, the operator’s chief\r\n" +
		"E2\tAttribution:T7 Content:T5 Cue:T6 Source:T8\r\n",
	"flat/ferry.txt": "Ferry Fares Frozen\r\n" +
		"\r\n" +
		"The operator said on Monday that fares\r\n" +
		"would stay at €3 until 2027.\r\n" +
		"\r\n" +
		"“It is the least we can do,” said Øyvind Berg, the operator’s chief.\r\n",
}

// writeBrat writes the fixture set name ("flat", "compartment") into a
// temporary directory and returns it.
func writeBrat(t *testing.T, name string) string {
	t.Helper()
	dir := t.TempDir()
	for rel, content := range bratFixtures {
		if !strings.HasPrefix(rel, name+"/") {
			continue
		}
		p := filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(rel, name+"/")))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// goldenGold is what ConvertDir must write for each fixture set: gold JSONL
// of the invented articles above (kept in Go like them, for the same reason).
var goldenGold = map[string]string{
	"flat": "{\"id\":\"council\",\"text\":\"Riverton Council Backs Ferry Plan\\n\\nThe Riverton council voted on Tuesday to restore the night ferry, a decision that Mayor Inés Ødegård called “long overdue.”\\n\\n“We listened to the workers,” Ødegård said, “and the workers were right.”\\n\\nØdegård said the first crossing would run in March. Her deputy, Tomás Reyes, warned that the budget remained “very tight” and said the council would review fares.\\n\\nShe added: \\\"Nobody should pay more to get home.\\\"\\n\\nThe harbour master, Ngozi Okafor, said the old pier would close for repairs. It was also reported that two boats would be sold.\\n\\nCritics were unconvinced. The plan will cost more than expected, according to a report by the harbour authority.\",\"quotes\":[{\"quote\":\"“long overdue.”\",\"speaker\":\"Mayor Inés Ødegård\",\"type\":\"direct\",\"start\":143,\"end\":158,\"cue\":\"called\"},{\"quote\":\"“We listened to the workers,”\",\"speaker\":\"Ødegård\",\"type\":\"direct\",\"start\":160,\"end\":189,\"cue\":\"said\"},{\"quote\":\"“and the workers were right.”\",\"speaker\":\"Ødegård\",\"type\":\"direct\",\"start\":204,\"end\":233,\"cue\":\"said\"},{\"quote\":\"the first crossing would run in March\",\"speaker\":\"Ødegård\",\"type\":\"indirect\",\"start\":248,\"end\":285,\"cue\":\"said\"},{\"quote\":\"that the budget remained “very tight”\",\"speaker\":\"Her deputy, Tomás Reyes\",\"type\":\"mixed\",\"start\":319,\"end\":356,\"cue\":\"warned\"},{\"quote\":\"\\\"Nobody should pay more to get home.\\\"\",\"speaker\":\"She\",\"type\":\"direct\",\"start\":410,\"end\":447,\"cue\":\"added:\"},{\"quote\":\"the old pier would close for repairs\",\"speaker\":\"The harbour master, Ngozi Okafor\",\"type\":\"indirect\",\"start\":488,\"end\":524,\"cue\":\"said\"},{\"quote\":\"that two boats would be sold\",\"speaker\":\"\",\"type\":\"indirect\",\"start\":547,\"end\":575,\"cue\":\"was also reported\"},{\"quote\":\"The plan will cost more than expected\",\"speaker\":\"a report by the harbour authority\",\"type\":\"indirect\",\"start\":604,\"end\":641,\"cue\":\"according to\"}]}\n" +
		"{\"id\":\"ferry\",\"text\":\"Ferry Fares Frozen\\n\\nThe operator said on Monday that fares would stay at €3 until 2027.\\n\\n“It is the least we can do,” said Øyvind Berg, the operator’s chief.\",\"quotes\":[{\"quote\":\"that fares would stay at €3 until 2027\",\"speaker\":\"The operator\",\"type\":\"indirect\",\"start\":48,\"end\":86,\"cue\":\"said\"},{\"quote\":\"“It is the least we can do,”\",\"speaker\":\"Øyvind Berg, the operator’s chief\",\"type\":\"direct\",\"start\":89,\"end\":117,\"cue\":\"said\"}]}\n",
	"compartment": "{\"id\":\"vote\",\"text\":\"Recount 🗳 ahead in Dunmore\\n\\nSenator Ana Lima said the vote was close.\\n\\nShe said she would try again, and her aides agreed.\",\"quotes\":[{\"quote\":\"the vote was close\",\"speaker\":\"Senator Ana Lima\",\"type\":\"indirect\",\"start\":50,\"end\":68,\"cue\":\"said\"},{\"quote\":\"she would try again\",\"speaker\":\"Ana Lima\",\"type\":\"indirect\",\"start\":80,\"end\":99,\"speaker_mention\":\"She\",\"cue\":\"said\"}]}\n",
}
