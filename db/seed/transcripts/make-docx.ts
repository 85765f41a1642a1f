/**
 * Writes `team-managers.docx`, the demo's team managers' focus group (2025), in the layout of a
 * Microsoft Teams transcript downloaded as Word: for each turn, a paragraph "Name   m:ss" (three
 * spaces, h:mm:ss after the first hour) followed by a paragraph with what was said.
 *
 * Fictional: names, places and colleagues are invented, for the anonymiser to find.
 * Run from the repository root: npx tsx db/seed/transcripts/make-docx.ts
 */
import fs from "node:fs";
import path from "node:path";
import { Document, Packer, Paragraph, TextRun } from "docx";

interface Turn {
  speaker: string;
  /** Offset from the start of the recording, as Teams prints it: "m:ss" or "h:mm:ss". */
  at: string;
  text: string;
}

// Total length of the recording: 1h 0m 40s (breakout rooms and a break are not transcribed).
const turns: Turn[] = [
  {
    speaker: "Marianne Ellis",
    at: "0:03",
    text: "Right, I think that's everyone through from the lobby. Thank you for giving up a morning – I know exactly what managers' diaries look like at the moment. Quick housekeeping: Teams is transcribing this so we can analyse it properly, but nothing will be attributed to you by name, and we take out councils and colleagues before anything gets written up. If you say something today and regret it tonight, just email me and it comes out. Shall we do a quick round? Name, role, roughly where you're based.",
  },
  {
    speaker: "Adebayo Ogunleye",
    at: "0:44",
    text: "Morning, everyone. Adebayo. I manage an assessment team in south London, I've been a team manager for about four years. Before that I was at Lambeth for a long time as a senior practitioner, so I've seen a few versions of the front door.",
  },
  {
    speaker: "Siobhán Murphy",
    at: "1:07",
    text: "Hi, I'm Siobhán. I've got a children in need team at Kent County Council, on the coastal side, so a huge patch. I've been managing for nearly eight years, which makes me feel ancient.",
  },
  {
    speaker: "Priya Raman",
    at: "1:24",
    text: "Hello, I'm Priya, I'm a service manager in north London. I've got four team managers reporting to me, so I'm sort of hearing this from the layer above as well as living it.",
  },
  {
    speaker: "Tomasz Nowak",
    at: "1:40",
    text: "Hi all, Tomasz. I'm a team manager in Brighton and Hove, and I run what's now called a family help team. Until about nine months ago we were a targeted early help team, so it's all quite new.",
  },
  {
    speaker: "Grace Mensah",
    at: "1:59",
    text: "Grace. Child protection and court team, east London. Three years as a manager, and before that a senior in the same service.",
  },
  {
    speaker: "Claire Whitfield",
    at: "2:11",
    text: "And I'm Claire, team manager in West Sussex, and I suspect I'm the only one here who's part-time. Four days a week. Which in practice means five, but we'll probably get to that.",
  },
  {
    speaker: "Marianne Ellis",
    at: "2:27",
    text: "We'll definitely get to that. Let's start broad, then. Compared with two years ago, does your job feel more doable or less doable?",
  },
  {
    speaker: "Adebayo Ogunleye",
    at: "2:39",
    text: "Honestly? Both. For my workers, it's better. We had a proper recruitment push, we converted two long-standing agency workers to permanent, and my newly qualifieds are on protected caseloads, which I guard like a hawk. But nobody protects the manager's caseload, if you want to call it that. In a sense I hold every child in the team. I'm chairing strategy discussions, signing off assessments, doing supervisions, and I'm the one the school rings at ten past five on a Friday. There's no number anywhere that says Adebayo is full.",
  },
  {
    speaker: "Siobhán Murphy",
    at: "3:21",
    text: "That's exactly it. There's a cap for the workers, a lower cap for the ASYEs, and then there's just… us. And in the South East the distance makes it worse. If I want to go out with a worker on a visit I'm worried about, that can be an hour in the car each way, so a single visit eats half my day.",
  },
  {
    speaker: "Grace Mensah",
    at: "3:51",
    text: "Can I come in slightly differently? Because I do think it's got better, and I don't want us to talk ourselves out of that. Two years ago I had three vacancies filled by agency staff and every single one had gone within six months. Now my team's stable. And that changes what supervision is, because I'm not constantly inducting someone new and repeating the same conversation about thresholds.",
  },
  {
    speaker: "Priya Raman",
    at: "4:23",
    text: "I'd back Grace up on the numbers – from my seat, vacancies are down and turnover's down. But I think the manager job has quietly got bigger. Look at what's been bolted on in two years: the reforms, the family help redesign, the extra data returns, new practice standards, the AI pilot. Every one of those needs a champion, and it always lands on the team managers because they're the ones nearest the work.",
  },
  {
    speaker: "Tomasz Nowak",
    at: "4:58",
    text: "And money. I spend a ridiculous amount of time now justifying a taxi for a child or an interpreter for a family meeting.",
  },
  {
    speaker: "Marianne Ellis",
    at: "5:10",
    text: "Say a bit more about that. How does the budget pressure actually show up in your week?",
  },
  {
    speaker: "Tomasz Nowak",
    at: "5:20",
    text: "It's that every decision now has a second conversation stuck to it. We used to decide what the family needed and then sort out the money. Now there's a form, then a panel, then an email to finance asking why it's over a certain amount, and meanwhile the family's waiting. And the workers see all of that. There's a kind of low hum of anxiety about whether the service is going to be restructured again.",
  },
  {
    speaker: "Claire Whitfield",
    at: "5:56",
    text: "Which is psychological safety, isn't it? I've got a brilliant team, but I've noticed people are more careful in team meetings than they used to be. When restructure rumours are going round, nobody wants to be the person who says out loud that they're not coping, because they think it'll be remembered when the new structure chart comes out.",
  },
  {
    speaker: "Adebayo Ogunleye",
    at: "6:24",
    text: "I'd push back a little on that, Claire. Not because you're wrong, but because I think it depends hugely on the manager. In my team we start every team meeting with everyone naming one thing that's sitting heavy with them. It felt awkward for months. Now people actually use it, and my deputy, Funmi, says it's the bit of the week she looks forward to.",
  },
  {
    speaker: "Claire Whitfield",
    at: "6:55",
    text: "No, I agree it depends on the manager, that's kind of my point. It shouldn't depend on the manager. It should be how the whole organisation behaves, so it doesn't fall apart the day you go on leave.",
  },
  { speaker: "Grace Mensah", at: "7:13", text: "Yeah." },
  { speaker: "Priya Raman", at: "7:15", text: "That's fair." },
  {
    speaker: "Marianne Ellis",
    at: "7:17",
    text: "Let's stay with supervision for a minute. Who supervises you, and is it any good?",
  },
  {
    speaker: "Grace Mensah",
    at: "7:26",
    text: "Mine's good, actually. My head of service does it monthly, it's protected in the diary, and she asks how I am before she asks about cases. That sounds tiny, but when you've had it the other way round you notice.",
  },
  {
    speaker: "Siobhán Murphy",
    at: "7:44",
    text: "Mine gets cancelled. Not deliberately, I don't think. My service manager picked up a second area after the last restructure, so I get supervision maybe every six weeks and it's mostly case management. Reflective supervision for managers feels like a luxury item, like something from a catalogue you're never going to order.",
  },
  {
    speaker: "Priya Raman",
    at: "8:08",
    text: "I'll hold my hands up – I'm probably one of the people doing the cancelling. I hear that and think, yes, that's me. I've got four TMs and I'm covering a vacant service manager post on top. What we've started is a monthly reflective group for team managers with an external facilitator, and the feedback's been strong. People say it's the only place in the month where they can think out loud without it becoming an action.",
  },
  {
    speaker: "Tomasz Nowak",
    at: "8:45",
    text: "We've got something similar. And we do shout-outs in the Friday email – people nominate each other for something they did well that week. I was very cynical about it, I thought it was a bit American, but I've watched people read it, and it matters to them.",
  },
  {
    speaker: "Claire Whitfield",
    at: "9:08",
    text: "We did a thank-you week last spring, sticky notes on a wall and a Teams channel for the home workers. Cheesy. It worked.",
  },
  {
    speaker: "Marianne Ellis",
    at: "9:20",
    text: "I want to turn to inclusion and progression. The survey has a lot about Black and Global Majority staff not getting the same access to progression. What are you seeing as managers – and, if you want to share, personally?",
  },
  {
    speaker: "Adebayo Ogunleye",
    at: "9:41",
    text: "I'll go. I've gone for service manager twice. Both times the feedback was “not quite ready” and “needs more strategic exposure”. Okay. But when I look at who got those posts, one of them was an interim who'd arrived from an agency eight months earlier. So eight months as an interim counts as more strategic exposure than nine years of permanent service? It makes you wonder. I'm not saying it was about race. I'm saying I can't rule it out, and nobody has ever made me feel I could ask the question.",
  },
  {
    speaker: "Grace Mensah",
    at: "10:24",
    text: "That really resonates. I'm the only Black team manager in my service, and I notice how challenge lands differently. When I push back on a partner agency, I've been told in feedback that I can be ‘quite direct’. A white colleague says almost word for word the same thing and she's ‘holding the line’.",
  },
  {
    speaker: "Priya Raman",
    at: "10:51",
    text: "And we have to own that, as senior managers. I've started looking at who gets acting-up opportunities, because that's where it starts, long before the interview. Acting up is so informal. It's who happens to be around, who you've got an easy relationship with. That's where bias gets in and nobody writes it down.",
  },
  {
    speaker: "Siobhán Murphy",
    at: "11:16",
    text: "In Kent the workforce is much less diverse than in London, and honestly I think we can be worse at this because we tell ourselves it's not really our issue. I had a Nigerian social worker in my team racially abused by a father on a home visit, and the organisational response was slow. We sorted a joint visit, we did the risk assessment, but nobody above me asked her how she was for about a week. I did, but looking back I should have escalated it much harder.",
  },
  {
    speaker: "Tomasz Nowak",
    at: "11:57",
    text: "There's a practice side as well, not just the HR side. Assessing risk isn't neutral. We had a long debate in my team about one family where the parenting was read as harsh by some workers and as completely ordinary by others, and the split roughly followed people's own upbringings. That's exactly the kind of thing supervision should unpick, but it needs time, and time is what we haven't got.",
  },
  {
    speaker: "Claire Whitfield",
    at: "12:32",
    text: "Can I bring in part-time here? Because I think it's the same shape of problem. I was told – more or less – that a service manager post couldn't be done in four days. Nobody tested that, it was just assumed. And who works part-time? Mostly women with caring responsibilities. So it quietly filters people out and nobody has to say anything discriminatory out loud.",
  },
  {
    speaker: "Priya Raman",
    at: "13:02",
    text: "I'm a service manager on four and a half days, so it can be done. But I had to negotiate it after I'd been offered the job, not before. I wouldn't have dared put it on the application.",
  },
  {
    speaker: "Marianne Ellis",
    at: "13:22",
    text: "I'm going to put you into two breakout rooms for about twenty minutes now, to look at what would make progression fairer. Priya and Adebayo, could you each take notes for your room? We'll come back together after that.",
  },
  {
    speaker: "Marianne Ellis",
    at: "35:42",
    text: "Welcome back, everyone. Adebayo, do you want to feed back from room one?",
  },
  {
    speaker: "Adebayo Ogunleye",
    at: "35:48",
    text: "Sure. Three things, quickly. Publish acting-up opportunities, even short ones, so they're not handed out in corridors. Give people honest written feedback after interviews, with examples, not phrases like “strategic exposure”. And make secondments normal rather than something you have to beg for. Siobhán made the point that in her authority a secondment is treated almost as if you're halfway out of the door.",
  },
  {
    speaker: "Siobhán Murphy",
    at: "36:20",
    text: "It's true. I asked to do six months on a practice development project and was asked whether I was ‘committed to the team’. I've been there eight years.",
  },
  {
    speaker: "Priya Raman",
    at: "36:34",
    text: "Room two came out in a similar place. Claire's point about part-time was our big one: advertise manager roles as open to part-time and job share by default, and make someone justify it if they're not. And Tomasz raised mentoring – matching aspiring managers with someone outside their own line, so you've got a person to talk to who isn't marking your homework.",
  },
  {
    speaker: "Marianne Ellis",
    at: "37:04",
    text: "Thank you. Let's take a proper fifteen-minute break now – get a coffee, stretch – and then we'll talk about technology, AI and the reforms.",
  },
  {
    speaker: "Marianne Ellis",
    at: "52:18",
    text: "Okay, I think we're all back. So, ICT and AI. Some of your authorities are piloting AI tools for notes. What's happening where you are, and how do you feel about it?",
  },
  {
    speaker: "Grace Mensah",
    at: "52:33",
    text: "We've got a pilot. Volunteers only, which I think is right. My two keenest users are a senior practitioner who's dyslexic and says it's been transformative, and an ASYE who, frankly, I'm slightly worried about because she uses it for absolutely everything.",
  },
  { speaker: "Tomasz Nowak", at: "52:54", text: "Worried how?" },
  {
    speaker: "Grace Mensah",
    at: "52:56",
    text: "Her recording is tidy, but it sounds sort of generic. The child's voice isn't coming through the way it should. When I asked her about one visit, she could tell me loads that just wasn't in the write-up – what the little one did when mum's partner walked in, that kind of thing. So I've had to be really clear: the tool gives you a first draft. It does not do your thinking, and it definitely doesn't do your analysis.",
  },
  {
    speaker: "Adebayo Ogunleye",
    at: "53:34",
    text: "That's my worry at a service level too. There's already been talk – not in my authority, but I've heard it – about whether, if AI is writing the notes, we still need the same number of business support officers. And I'd say hang on. My business support team are the people who spot the referral that's been sitting in the wrong tray. You can't run something for three months and then cut posts off the back of it.",
  },
  {
    speaker: "Priya Raman",
    at: "54:12",
    text: "Our line is that it's opt-in, it gets evaluated over a full year, and no admin reductions are tied to it. Whether that survives the next budget round… I'll let you know.",
  },
  {
    speaker: "Siobhán Murphy",
    at: "54:27",
    text: "We haven't got the note-taking one yet. We've had Copilot switched on for managers, and I use it to summarise horrible email chains, which saves me maybe half an hour a week. Fine. But the case management system is the bigger issue for us. It falls over if you've got more than two forms open. I lost an entire chronology once, a whole afternoon gone.",
  },
  {
    speaker: "Claire Whitfield",
    at: "54:59",
    text: "Oh, same. Our system was ‘upgraded’ last year – and those inverted commas are working very hard – and now closing a contact takes nine screens.",
  },
  {
    speaker: "Tomasz Nowak",
    at: "55:12",
    text: "Ours has genuinely improved, to be fair. The laptops are better, Teams works properly, and people can work from home two or three days a week without it being a daily battle with the VPN.",
  },
  { speaker: "Marianne Ellis", at: "55:29", text: "On hybrid working, then. Is it working for your teams?" },
  {
    speaker: "Siobhán Murphy",
    at: "55:35",
    text: "For us it's non-negotiable, because of the travel. If I told people to be in the office five days, some of them would be driving ninety minutes each way. They'd leave, and they'd be right to.",
  },
  {
    speaker: "Grace Mensah",
    at: "55:54",
    text: "I've found I need an anchor day. Tuesday is in person, everyone, no exceptions unless you're on a visit. That's when the newer ones learn, by overhearing. You don't learn how to handle a furious parent on the phone from a Teams chat.",
  },
  {
    speaker: "Adebayo Ogunleye",
    at: "56:15",
    text: "Agreed. But I'd add that one of mine, Kelechi, lives out past Dartford and is paying over three hundred pounds a month on trains. Hybrid is the only thing that makes the salary work for him.",
  },
  {
    speaker: "Priya Raman",
    at: "56:32",
    text: "And pay is the elephant in the room. I'm on a decent grade and I'm fine. But my social workers – we lose people to the borough next door for two thousand pounds. London weighting doesn't even dent the rent.",
  },
  {
    speaker: "Claire Whitfield",
    at: "56:52",
    text: "In West Sussex we're paid less than London, and people assume housing's cheap on the coast. It isn't, not anymore.",
  },
  {
    speaker: "Marianne Ellis",
    at: "57:03",
    text: "Let's talk about the reforms. You're at quite different stages. Tomasz, you said you're a family help team now?",
  },
  {
    speaker: "Tomasz Nowak",
    at: "57:14",
    text: "Yes. So we've brought early help practitioners and social workers into one team, and some of our family support workers are now leading on work that two years ago would have sat with a social worker. Some of them are exceptional at it – better than some qualified staff at building a relationship with a family that's slammed the door on everyone else. But the title still says support worker, the pay still says support worker, and they feel like the poor relation. If we don't rebrand the role and give it a real pathway, we'll lose them.",
  },
  {
    speaker: "Priya Raman",
    at: "58:00",
    text: "I think the principle is absolutely right, families getting help sooner, without being passed around. My worry is the implementation. We're being asked to redesign the whole plane while flying it. And the multi-agency child protection teams – we're in early conversations – I'm neutral, honestly. If police and health give us named, dedicated people, brilliant. If it's a name on a list who's also doing three other jobs, it's just another meeting in the diary.",
  },
  {
    speaker: "Grace Mensah",
    at: "58:36",
    text: "I'm more positive. We've had a police officer sitting with us two days a week for a few months, and strategy discussions that used to take three days of phone tag happen in an afternoon.",
  },
  {
    speaker: "Siobhán Murphy",
    at: "58:53",
    text: "What about lived experience, though? We've got a parent panel that reviewed our new leaflets. That's nice. Is it central? No. It's consultation at the end, not design at the start.",
  },
  {
    speaker: "Adebayo Ogunleye",
    at: "59:07",
    text: "We've got care-experienced young people on interview panels, and I think that's genuinely good. They ask the best questions. One young man asked a candidate, ‘If I text you, will you actually text me back?’ and it completely threw them.",
  },
  { speaker: "Claire Whitfield", at: "59:27", text: "That's the question, isn't it." },
  {
    speaker: "Marianne Ellis",
    at: "59:30",
    text: "Last one, and keep it short. If you could say one thing to your director about keeping managers, what would it be?",
  },
  { speaker: "Claire Whitfield", at: "59:42", text: "Take part-time and job share seriously for manager roles." },
  { speaker: "Siobhán Murphy", at: "59:48", text: "Protect supervision for managers the way we protect it for ASYEs." },
  {
    speaker: "Grace Mensah",
    at: "59:54",
    text: "Keep what's working. Don't restructure it away because a new director wants a new chart.",
  },
  {
    speaker: "Tomasz Nowak",
    at: "1:00:02",
    text: "Give us some control over small budgets, so a taxi isn't a panel decision.",
  },
  {
    speaker: "Priya Raman",
    at: "1:00:10",
    text: "Stop adding. Every new initiative should take something else off the list.",
  },
  {
    speaker: "Adebayo Ogunleye",
    at: "1:00:17",
    text: "Make progression transparent. Publish who acts up and why. If it's fair, it can stand being looked at.",
  },
  {
    speaker: "Marianne Ellis",
    at: "1:00:27",
    text: "Thank you, all of you – that was really rich. I'll stop the recording there.",
  },
];

const document = new Document({
  creator: "Microsoft Teams",
  title: "Team managers focus group",
  styles: { default: { document: { run: { font: "Calibri", size: 22 } } } },
  sections: [
    {
      children: turns.flatMap((turn) => [
        new Paragraph({ children: [new TextRun(`${turn.speaker}   ${turn.at}`)] }),
        new Paragraph({ children: [new TextRun(turn.text)], spacing: { after: 160 } }),
      ]),
    },
  ],
});

const target = path.join(__dirname, "team-managers.docx");
Packer.toBuffer(document).then((buffer) => {
  fs.writeFileSync(target, buffer);
  console.log(`Wrote ${target} (${turns.length} turns)`);
});
