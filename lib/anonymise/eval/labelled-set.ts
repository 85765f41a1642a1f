import type { Flag } from "../types";

/** What the evaluation expects to be redacted; `roster` is scored separately from `person`. */
export type GoldCategory =
  | "email"
  | "phone"
  | "postcode"
  | "nhs_number"
  | "ni_number"
  | "url"
  | "case_number"
  | "date"
  | "authority"
  | "place"
  | "person"
  | "organisation";

export interface GoldSpan {
  /** Every whole-word, case-sensitive occurrence of this text in the passage is one gold span. */
  text: string;
  category: GoldCategory;
}

export interface ExpectedFlag {
  text: string;
  kind: Flag["kind"];
}

export interface LabelledPassage {
  id: string;
  text: string;
  gold: GoldSpan[];
  /** When present, the passage is run a second time with this roster to score roster recall. */
  roster?: string[];
  customTerms?: string[];
  expectedFlags?: ExpectedFlag[];
}

/**
 * Passages written for this evaluation. People and places are invented or chosen from outside the
 * shipped authority/town lists, so the figures measure detection rather than lookup; authorities
 * necessarily come from the closed list but appear in informal variants. Countries, languages,
 * nationalities and the regions "London" and "South East" are attribution-level and not gold.
 */
const firstSet: LabelledPassage[] = [
  {
    id: "p01",
    text: "I joined Lambeth as an ASYE in 2019 and my first manager, Adaeze Okonkwo, was brilliant. She used to say Signs of Safety only works if you actually sit with the family.",
    gold: [
      { text: "Lambeth", category: "authority" },
      { text: "Adaeze Okonkwo", category: "person" },
    ],
  },
  {
    id: "p02",
    text: "You can reach me on 07700 900123 or at k.asante@example.org if the Teams link doesn't work.",
    gold: [
      { text: "07700 900123", category: "phone" },
      { text: "k.asante@example.org", category: "email" },
    ],
  },
  {
    id: "p03",
    text: "My supervisor Wojciech Kowalczyk moved over to the London Borough of Hackney last spring, and honestly the team fell apart after that.",
    gold: [
      { text: "Wojciech Kowalczyk", category: "person" },
      { text: "London Borough of Hackney", category: "authority" },
    ],
  },
  {
    id: "p04",
    text: "We had a family in Tadley who'd been referred four times. The mum, Shanice, kept saying nobody from the council ever came back to her.",
    gold: [
      { text: "Tadley", category: "place" },
      { text: "Shanice", category: "person" },
    ],
  },
  {
    id: "p05",
    text: "Siobhán Ní Bhriain from the fostering team helped me with the court bundle on Monday. She's the only one who understands the new template.",
    gold: [{ text: "Siobhán Ní Bhriain", category: "person" }],
  },
  {
    id: "p06",
    text: "After 27 years in the service I'm tired. I'm 54 and I don't have another restructure in me.",
    gold: [],
    expectedFlags: [
      { text: "27 years in the service", kind: "years_of_service" },
      { text: "I'm 54", kind: "age" },
    ],
  },
  {
    id: "p07",
    text: "Kent County Council paid for the Magic Notes pilot, and Copilot came later. My colleague Gurpreet Dhaliwal was the first to try it.",
    gold: [
      { text: "Kent County Council", category: "authority" },
      { text: "Gurpreet Dhaliwal", category: "person" },
    ],
  },
  {
    id: "p08",
    text: "The child's NHS number was 943 476 5919 and the case number 20231145 — both were on the front sheet that went to the wrong address.",
    gold: [
      { text: "943 476 5919", category: "nhs_number" },
      { text: "20231145", category: "case_number" },
    ],
  },
  {
    id: "p09",
    text: "I drive in from Bishop's Waltham every day, which is over an hour when the A3 is bad.",
    gold: [{ text: "Bishop's Waltham", category: "place" }],
  },
  {
    id: "p10",
    text: "Our practice lead, Oluwaseun Adeyemi, and the principal social worker ran a session on Family Help in March.",
    gold: [{ text: "Oluwaseun Adeyemi", category: "person" }],
  },
  {
    id: "p11",
    text: "Małgorzata Wiśniewska covered my caseload when I was off. She lives out past Chalfont St Giles, so the office days are hard for her.",
    gold: [
      { text: "Małgorzata Wiśniewska", category: "person" },
      { text: "Chalfont St Giles", category: "place" },
    ],
  },
  {
    id: "p12",
    text: "The post is based at Merrivale Close, SE15 4QT, though most of us work from home three days a week.",
    gold: [
      { text: "Merrivale Close", category: "place" },
      { text: "SE15 4QT", category: "postcode" },
    ],
  },
  {
    id: "p13",
    text: "Ofsted came in November and Social Work England's registration renewal was due the same week. Nobody from the DfE seemed to care about the timing.",
    gold: [],
  },
  {
    id: "p14",
    text: "I'm agency, I've done Brighton & Hove, then West Sussex, and now I'm with RBKC on a six-month contract.",
    gold: [
      { text: "Brighton & Hove", category: "authority" },
      { text: "West Sussex", category: "authority" },
      { text: "RBKC", category: "authority" },
    ],
  },
  {
    id: "p15",
    text: "Chukwuemeka's mum rang the duty line on 020 7946 0958 three times before anyone picked up.",
    gold: [
      { text: "Chukwuemeka", category: "person" },
      { text: "020 7946 0958", category: "phone" },
    ],
  },
  {
    id: "p16",
    text: "We placed the boy with foster carers in Burwash, miles from his school in Lewisham.",
    gold: [
      { text: "Burwash", category: "place" },
      { text: "Lewisham", category: "authority" },
    ],
  },
  {
    id: "p17",
    text: "My NI number is QQ 12 34 56 C — HR lost it twice and I had to email it again.",
    gold: [{ text: "QQ 12 34 56 C", category: "ni_number" }],
  },
  {
    id: "p18",
    text: "The referral came from a GP in Hawkhurst on 12 March 2024, but we didn't visit until the 3rd of May.",
    gold: [
      { text: "Hawkhurst", category: "place" },
      { text: "12 March 2024", category: "date" },
      { text: "3rd of May", category: "date" },
    ],
  },
  {
    id: "p19",
    text: "There's a lovely team manager called Kwabena Mensah in our hub. He actually listens, which is rare.",
    gold: [{ text: "Kwabena Mensah", category: "person" }],
  },
  {
    id: "p20",
    text: "When I started at Tower Hamlets Council there were three of us covering the whole of the Ocean Estate.",
    gold: [
      { text: "Tower Hamlets Council", category: "authority" },
      { text: "Ocean Estate", category: "place" },
    ],
  },
  {
    id: "p21",
    text: "Honestly, Magic Notes has saved me hours. I used to type up visits until midnight on a Thursday.",
    gold: [],
  },
  {
    id: "p22",
    text: "Nkechi and Oisín both left for agency work in the summer. The agency rate in Medway is just so much better.",
    gold: [
      { text: "Nkechi", category: "person" },
      { text: "Oisín", category: "person" },
      { text: "Medway", category: "authority" },
    ],
  },
  {
    id: "p23",
    text: "I was the only Black manager in the directorate for about three years, and the only one who got asked about 'tone'.",
    gold: [],
    expectedFlags: [{ text: "the only Black manager in the directorate", kind: "unique_description" }],
  },
  {
    id: "p24",
    text: "Please send the signed form to fostering@example.gov.uk or post it to 14 Larkspur Road, Steventon, OX13 6RR.",
    gold: [
      { text: "fostering@example.gov.uk", category: "email" },
      { text: "Larkspur Road", category: "place" },
      { text: "Steventon", category: "place" },
      { text: "OX13 6RR", category: "postcode" },
    ],
  },
  {
    id: "p25",
    text: "Nguyễn Thị Lan, one of our family support workers, translates for Vietnamese families when the interpreter doesn't turn up.",
    gold: [{ text: "Nguyễn Thị Lan", category: "person" }],
  },
  {
    id: "p26",
    text: "I qualified in 2008 and I've been a social worker for sixteen years, twelve of them in Croydon.",
    gold: [{ text: "Croydon", category: "authority" }],
    expectedFlags: [{ text: "social worker for sixteen years", kind: "years_of_service" }],
  },
  {
    id: "p27",
    text: "Our DCS, Marcia Brissett, did a Q&A on Teams on Wednesday 5 June. She was honest about the budget.",
    gold: [
      { text: "Marcia Brissett", category: "person" },
      { text: "5 June", category: "date" },
    ],
  },
  {
    id: "p28",
    text: "Sometimes it's the small things: Delroy on reception remembers every kid's name, and that matters.",
    gold: [{ text: "Delroy", category: "person" }],
  },
  {
    id: "p29",
    text: "The strategy meeting was moved to 14/02/2023 because the police officer, DC Harjinder Bains, was in court.",
    gold: [
      { text: "14/02/2023", category: "date" },
      { text: "Harjinder Bains", category: "person" },
    ],
  },
  {
    id: "p30",
    text: "I travel up to Stornoway to see my mum twice a year, so annual leave is precious.",
    gold: [{ text: "Stornoway", category: "place" }],
  },
  {
    id: "p31",
    text: "Ayaan Warsame and I did the joint visit with the police. Ayaan's Somali made all the difference with the grandmother.",
    gold: [
      { text: "Ayaan Warsame", category: "person" },
      { text: "Ayaan", category: "person" },
    ],
  },
  {
    id: "p32",
    text: "The interim head of service — Theodoros Papadopoulos, I think — told us caseloads would be capped at eighteen.",
    gold: [{ text: "Theodoros Papadopoulos", category: "person" }],
  },
  {
    id: "p33",
    text: "There's a nice café on Coldharbour Lane where I do my recording. Better than the office, honestly.",
    gold: [{ text: "Coldharbour Lane", category: "place" }],
  },
  {
    id: "p34",
    text: "Reading the case notes back, I could see how much we'd missed. Slough of despond, that year.",
    gold: [],
  },
  {
    id: "p35",
    text: "I moved from Reading to Slough Borough Council last year and the difference in culture is huge.",
    gold: [
      { text: "Reading", category: "authority" },
      { text: "Slough Borough Council", category: "authority" },
    ],
  },
  {
    id: "p36",
    text: "Zeynep Yıldırım and Emre Şahin from the edge-of-care team ran the parenting group at Pendle House.",
    gold: [
      { text: "Zeynep Yıldırım", category: "person" },
      { text: "Emre Şahin", category: "person" },
      { text: "Pendle House", category: "place" },
    ],
  },
  {
    id: "p37",
    text: "If you need the policy it's on www.example-council.gov.uk/childrens-services/policies, under Practice Standards.",
    gold: [{ text: "www.example-council.gov.uk/childrens-services/policies", category: "url" }],
  },
  {
    id: "p38",
    text: "My ASYE assessor was Catriona MacLeod. She's from Portree originally and still goes back every August.",
    gold: [
      { text: "Catriona MacLeod", category: "person" },
      { text: "Portree", category: "place" },
    ],
  },
  {
    id: "p39",
    text: "We were judged inadequate in 2022 and after that the improvement board met every Tuesday.",
    gold: [],
    expectedFlags: [{ text: "judged inadequate in 2022", kind: "named_event" }],
  },
  {
    id: "p40",
    text: "Thurka Sivanesan did my induction. Her husband is from Jaffna and she sometimes helps the Tamil families with paperwork.",
    gold: [
      { text: "Thurka Sivanesan", category: "person" },
      { text: "Jaffna", category: "place" },
    ],
  },
  {
    id: "p41",
    text: "I went to see Mrs Adebayo-Okafor at home in Crockenhill; her son's school had called us twice.",
    gold: [
      { text: "Adebayo-Okafor", category: "person" },
      { text: "Crockenhill", category: "place" },
    ],
  },
  {
    id: "p42",
    text: "In Bucks we had a team around the family approach that actually worked, but the funding stopped.",
    gold: [{ text: "Bucks", category: "authority" }],
  },
  {
    id: "p43",
    text: "Please don't quote me, but Farhan Qureshi in HR told us the market supplement was being cut in April.",
    gold: [{ text: "Farhan Qureshi", category: "person" }],
  },
  {
    id: "p44",
    text: "The young person, Kemar, ran away to his cousin's flat off Brigstock Road.",
    gold: [
      { text: "Kemar", category: "person" },
      { text: "Brigstock Road", category: "place" },
    ],
  },
  {
    id: "p45",
    text: "Łukasz Zieliński joined from Poland via a recruitment drive and was on his own within a month. Nobody checked in.",
    gold: [{ text: "Łukasz Zieliński", category: "person" }],
  },
  {
    id: "p46",
    text: "I work three days in Havering and two at home. The drive from Chafford Hundred isn't too bad.",
    gold: [
      { text: "Havering", category: "authority" },
      { text: "Chafford Hundred", category: "place" },
    ],
  },
  {
    id: "p47",
    text: "The LB Lambeth front door is chaos on a Friday afternoon.",
    gold: [{ text: "LB Lambeth", category: "authority" }],
  },
  {
    id: "p48",
    text: "Shahana Begum, our team's senior practitioner, was off sick for three months, and Rezaul covered her cases as well as his own.",
    gold: [
      { text: "Shahana Begum", category: "person" },
      { text: "Rezaul", category: "person" },
    ],
  },
  {
    id: "p49",
    text: "Mosaic crashed again so I wrote the visit notes in Word and pasted them in later. Copilot tidied the spelling.",
    gold: [],
  },
  {
    id: "p50",
    text: "We met the family at the contact centre in Eynsham, then drove the children back to their carers in Chinnor.",
    gold: [
      { text: "Eynsham", category: "place" },
      { text: "Chinnor", category: "place" },
    ],
  },
  {
    id: "p51",
    text: "Giorgos and Eleni Christodoulou are our longest-serving foster carers. They've had over sixty children through that house.",
    gold: [
      { text: "Giorgos", category: "person" },
      { text: "Eleni Christodoulou", category: "person" },
    ],
  },
  {
    id: "p52",
    text: "Yaa Agyeman-Duah texted me from her personal phone, 07700 900456, which she really shouldn't have.",
    gold: [
      { text: "Yaa Agyeman-Duah", category: "person" },
      { text: "07700 900456", category: "phone" },
    ],
  },
  {
    id: "p53",
    text: "Caseworker ID 4471203 belongs to someone who left in 2021, but the cases were never reassigned.",
    gold: [{ text: "4471203", category: "case_number" }],
  },
  {
    id: "p54",
    text: "I'm a Black woman in my forties and the only Black senior manager in the whole of children's services here.",
    gold: [],
    expectedFlags: [{ text: "the only Black senior manager", kind: "unique_description" }],
  },
  {
    id: "p55",
    text: "The Hampshire and Isle of Wight partnership means some visits involve the ferry to Yarmouth.",
    gold: [
      { text: "Hampshire", category: "authority" },
      { text: "Isle of Wight", category: "authority" },
      { text: "Yarmouth", category: "place" },
    ],
  },
  {
    id: "p56",
    text: "Dimitra from the Greek Cypriot community centre on Aldermans Hill knows every family on that road.",
    gold: [
      { text: "Dimitra", category: "person" },
      { text: "Aldermans Hill", category: "place" },
    ],
  },
  {
    id: "p57",
    text: "Dear Chinonso, thanks for covering the duty rota on 21st August. Ring me on 01632 960123 if anything comes up. Best, Paulette",
    gold: [
      { text: "Chinonso", category: "person" },
      { text: "21st August", category: "date" },
      { text: "01632 960123", category: "phone" },
      { text: "Paulette", category: "person" },
    ],
  },
  {
    id: "p58",
    text: "My postcode is rg20 8qz, so technically I'm closer to Hermitage than to the office.",
    gold: [
      { text: "rg20 8qz", category: "postcode" },
      { text: "Hermitage", category: "place" },
    ],
  },
  {
    id: "p59",
    text: "Gonçalo Fernandes started on the Step Up programme, then went to Frontline as a consultant social worker.",
    gold: [{ text: "Gonçalo Fernandes", category: "person" }],
  },
  {
    id: "p60",
    text: "I told the Social Work England investigator everything; Ruairí, my union rep from Unison, sat in.",
    gold: [{ text: "Ruairí", category: "person" }],
  },
  {
    id: "p61",
    text: "Abdirahman Cabdi's grandmother lives in Hargeisa and wants him to go back for the summer.",
    gold: [
      { text: "Abdirahman Cabdi", category: "person" },
      { text: "Hargeisa", category: "place" },
    ],
  },
  {
    id: "p62",
    text: "The safeguarding partnership at Southampton City Council held a learning event after the review.",
    gold: [{ text: "Southampton City Council", category: "authority" }],
  },
  {
    id: "p63",
    text: "Emailing p.okonjo@example.co.uk instead of the secure inbox was a mistake, and I reported it straight away.",
    gold: [{ text: "p.okonjo@example.co.uk", category: "email" }],
  },
  {
    id: "p64",
    text: "My team in Wandsworth is great. Pirashanth does the best genograms I have ever seen, and Vithya runs the reflective group on Fridays.",
    gold: [
      { text: "Wandsworth", category: "authority" },
      { text: "Pirashanth", category: "person" },
      { text: "Vithya", category: "person" },
    ],
  },
  {
    id: "p65",
    text: "The children are placed in Lambourn with a carer who used to work for Windsor and Maidenhead.",
    gold: [
      { text: "Lambourn", category: "place" },
      { text: "Windsor and Maidenhead", category: "authority" },
    ],
  },
  {
    id: "p66",
    text: "We asked Mr Kılıç to attend the child protection conference on 9 January but he said he had work in Izmir.",
    gold: [
      { text: "Kılıç", category: "person" },
      { text: "9 January", category: "date" },
      { text: "Izmir", category: "place" },
    ],
  },
  {
    id: "p67",
    text: "Bilal and Zainab Siddiqui are both social workers in the same pod, which makes rota planning interesting.",
    gold: [
      { text: "Bilal", category: "person" },
      { text: "Zainab Siddiqui", category: "person" },
    ],
  },
  {
    id: "p68",
    text: "Chen Wei from the virtual school was fantastic; she got the EHCP sorted before the deadline.",
    gold: [{ text: "Chen Wei", category: "person" }],
  },
  {
    id: "p69",
    text: "The Magic Notes trial in Surrey went better than expected. Some of us still prefer writing things up on a Monday morning.",
    gold: [{ text: "Surrey", category: "authority" }],
  },
  {
    id: "p70",
    text: "Our old office on Fenwick Street had no heating, so we'd huddle in the Greggs over the road.",
    gold: [{ text: "Fenwick Street", category: "place" }],
  },
  {
    id: "p71",
    text: "Ngozi kept a spreadsheet of every child she'd worked with since 2015. When she left, Folasade found it in a drawer.",
    gold: [
      { text: "Ngozi", category: "person" },
      { text: "Folasade", category: "person" },
    ],
  },
  {
    id: "p72",
    text: "I rang the school at 10am and spoke to Mrs Hadjipavlou, the DSL, who said Tayo hadn't been in since half term.",
    gold: [
      { text: "Hadjipavlou", category: "person" },
      { text: "Tayo", category: "person" },
    ],
  },
  {
    id: "p73",
    text: "Family Help went live in January and nobody in the South East seems to know what it means for the front door.",
    gold: [],
  },
  {
    id: "p74",
    text: "After the 2019 restructure, Bexley merged the two assessment teams and lost half the managers.",
    gold: [{ text: "Bexley", category: "authority" }],
    expectedFlags: [{ text: "the 2019 restructure", kind: "named_event" }],
  },
  {
    id: "p75",
    text: "Honestly 😂 Kwame is the only reason I stayed on. He moved to Snodland last year and I miss him.",
    gold: [
      { text: "Kwame", category: "person" },
      { text: "Snodland", category: "place" },
    ],
  },
  {
    id: "p76",
    text: "my manager temitope is amazing and so is the whole team in bexley",
    gold: [
      { text: "temitope", category: "person" },
      { text: "bexley", category: "authority" },
    ],
  },
  {
    id: "p77",
    text: "Winston Gayle and Clodagh McGuinness run the care leavers' drop-in at the Rectory Field centre.",
    gold: [
      { text: "Winston Gayle", category: "person" },
      { text: "Clodagh McGuinness", category: "person" },
      { text: "Rectory Field", category: "place" },
    ],
  },
  {
    id: "p78",
    text: "Kasia and Kojo from the night duty team swapped shifts so Kojo could go to his daughter's graduation in Kumasi.",
    gold: [
      { text: "Kasia", category: "person" },
      { text: "Kojo", category: "person" },
      { text: "Kumasi", category: "place" },
    ],
  },
  {
    id: "p79",
    text: "Eilidh NicLeòid was my practice educator; she still sends me articles from the Gaelic press.",
    gold: [{ text: "Eilidh NicLeòid", category: "person" }],
  },
  {
    id: "p80",
    text: "Jaswinder Kaur Sandhu chairs the race equity group, and she's pushing for mentoring for Global Majority staff.",
    gold: [{ text: "Jaswinder Kaur Sandhu", category: "person" }],
  },
  {
    id: "p81",
    text: "We found Ifeanyi staying at his uncle's on Ferndale Road, which wasn't on any of our records.",
    gold: [
      { text: "Ifeanyi", category: "person" },
      { text: "Ferndale Road", category: "place" },
    ],
  },
  {
    id: "p82",
    text: "Inês Magalhães runs a drop-in for Portuguese-speaking families at St Barnabas church hall.",
    gold: [
      { text: "Inês Magalhães", category: "person" },
      { text: "St Barnabas", category: "place" },
    ],
  },
  {
    id: "p83",
    text: "Tahmina Chowdhury and Rubina Mirza both interpret for us, but only Tahmina does Sylheti.",
    gold: [
      { text: "Tahmina Chowdhury", category: "person" },
      { text: "Rubina Mirza", category: "person" },
      { text: "Tahmina", category: "person" },
    ],
  },
  {
    id: "p84",
    text: "Panagiota grew up in Larnaca and came over in the nineties.",
    gold: [
      { text: "Panagiota", category: "person" },
      { text: "Larnaca", category: "place" },
    ],
  },
  {
    id: "p85",
    text: "Ka Yan Cheung helped us with a Cantonese-speaking family who'd arrived on the BN(O) visa.",
    gold: [{ text: "Ka Yan Cheung", category: "person" }],
  },
  {
    id: "p86",
    text: "Linh Pham, the young person's advocate, wanted the meeting moved to a Saturday.",
    gold: [{ text: "Linh Pham", category: "person" }],
  },
  {
    id: "p87",
    text: "Precious and Blessing from the family support team organised the Christmas party this year.",
    gold: [
      { text: "Precious", category: "person" },
      { text: "Blessing", category: "person" },
    ],
  },
  {
    id: "p88",
    text: "I report to Dr Olamide Ogunleye, who became the PSW after the Ofsted inspection in 2022.",
    gold: [{ text: "Olamide Ogunleye", category: "person" }],
    expectedFlags: [{ text: "the Ofsted inspection in 2022", kind: "named_event" }],
  },
  {
    id: "p89",
    text: "My parents still live in Ludhiana, so I take all my leave in one block.",
    gold: [{ text: "Ludhiana", category: "place" }],
  },
  {
    id: "p90",
    text: "The Principal Social Worker and the Head of Service went to the ADCS conference in Manchester.",
    gold: [{ text: "Manchester", category: "place" }],
  },
  {
    id: "p91",
    text: "We use Liquidlogic, not Mosaic, and the PLO letters go out through Egress.",
    gold: [],
  },
  {
    id: "p92",
    text: "Temi, can you call Mr Ogundipe back on +44 (0)20 7946 0321 before 5?",
    gold: [
      { text: "Temi", category: "person" },
      { text: "Ogundipe", category: "person" },
      { text: "+44 (0)20 7946 0321", category: "phone" },
    ],
  },
  {
    id: "p93",
    text: "The out-of-hours number is (01632) 960 123, or 0808 157 0000 after midnight.",
    gold: [
      { text: "(01632) 960 123", category: "phone" },
      { text: "0808 157 0000", category: "phone" },
    ],
  },
  {
    id: "p94",
    text: "Her new number is +44 7700 900987; she changed it after the incident. Text 07700900555 to confirm the visit.",
    gold: [
      { text: "+44 7700 900987", category: "phone" },
      { text: "07700900555", category: "phone" },
    ],
  },
  {
    id: "p95",
    text: "Send the bundle to the office, E1 6AN, marked confidential, and quote AB123456C on the cover sheet.",
    gold: [
      { text: "E1 6AN", category: "postcode" },
      { text: "AB123456C", category: "ni_number" },
    ],
  },
  {
    id: "p96",
    text: "The survey link was https://forms.example.org/big-listen?id=8812 and it closed on 30/11/2022.",
    gold: [
      { text: "https://forms.example.org/big-listen?id=8812", category: "url" },
      { text: "30/11/2022", category: "date" },
    ],
  },
  {
    id: "p97",
    text: "The hearing was listed for 2024-09-17, then adjourned to Tuesday the 3rd of December.",
    gold: [
      { text: "2024-09-17", category: "date" },
      { text: "3rd of December", category: "date" },
    ],
  },
  {
    id: "p98",
    text: "On Monday we had the Big Listen focus group, and in March the results came out. May was quiet.",
    gold: [],
  },
  {
    id: "p99",
    text: "The mother's address is Flat 3, Wardley House, Alvington Crescent, N16 8BD, and her NHS number is 4010232137.",
    gold: [
      { text: "Wardley House", category: "place" },
      { text: "Alvington Crescent", category: "place" },
      { text: "N16 8BD", category: "postcode" },
      { text: "4010232137", category: "nhs_number" },
    ],
  },
  {
    id: "p100",
    text: "Faadumo Hirsi and Guled Jama run the Somali parents' group. Guled's dad was a social worker in Mogadishu.",
    gold: [
      { text: "Faadumo Hirsi", category: "person" },
      { text: "Guled Jama", category: "person" },
      { text: "Guled", category: "person" },
      { text: "Mogadishu", category: "place" },
    ],
  },
  {
    id: "p101",
    text: "Przemysław left after the ILACS visit. Agnieszka Dąbrowska, who'd trained him, took it personally.",
    gold: [
      { text: "Przemysław", category: "person" },
      { text: "Agnieszka Dąbrowska", category: "person" },
    ],
  },
  {
    id: "p102",
    text: "Tyrone McKenzie and Jermaine Thompson set up the Black staff network with Beverley from HR.",
    gold: [
      { text: "Tyrone McKenzie", category: "person" },
      { text: "Jermaine Thompson", category: "person" },
      { text: "Beverley", category: "person" },
    ],
  },
  {
    id: "p103",
    text: "The assessment was done by a locum, Burak Öztürk, who left before it was signed off.",
    gold: [{ text: "Burak Öztürk", category: "person" }],
  },
  {
    id: "p104",
    text: "Mairead MacAskill covers the islands team remotely from Benbecula, which amazes me every time.",
    gold: [
      { text: "Mairead MacAskill", category: "person" },
      { text: "Benbecula", category: "place" },
    ],
  },
  {
    id: "p105",
    text: "Pádraig works four long days so he can pick his twins up from school in Wivelsfield.",
    gold: [
      { text: "Pádraig", category: "person" },
      { text: "Wivelsfield", category: "place" },
    ],
  },
  {
    id: "p106",
    text: "I'm in the fostering team at the London Borough of Barking & Dagenham; Ayesha Javed is my manager.",
    gold: [
      { text: "London Borough of Barking & Dagenham", category: "authority" },
      { text: "Ayesha Javed", category: "person" },
    ],
  },
  {
    id: "p107",
    text: "João and Beatriz Rodrigues foster for us; they live just outside Pulborough on a smallholding.",
    gold: [
      { text: "João", category: "person" },
      { text: "Beatriz Rodrigues", category: "person" },
      { text: "Pulborough", category: "place" },
    ],
  },
  {
    id: "p108",
    text: "We piloted Copilot in Oxfordshire and the Teams transcripts were honestly better than mine.",
    gold: [{ text: "Oxfordshire", category: "authority" }],
  },
  {
    id: "p109",
    text: "A student from the University of Sussex shadowed Uchenna Nwachukwu for a week.",
    gold: [{ text: "Uchenna Nwachukwu", category: "person" }],
  },
  {
    id: "p110",
    text: "Trần Văn Minh, the interpreter, got stuck on the M25 and the visit was moved to Friday.",
    gold: [{ text: "Trần Văn Minh", category: "person" }],
  },
  {
    id: "r01",
    text: "Priya's been my mentor since I qualified. When Tomasz joined, Priya Raghunathan basically ran his induction as well.",
    roster: ["Priya Raghunathan", "Tomasz Nowak"],
    gold: [
      { text: "Priya", category: "person" },
      { text: "Tomasz", category: "person" },
      { text: "Priya Raghunathan", category: "person" },
    ],
  },
  {
    id: "r02",
    text: "Femi and I co-work a lot of cases. Aoife Fitzgerald-Byrne signs them off, and Fitzgerald-Byrne is thorough.",
    roster: ["Aoife Fitzgerald-Byrne", "Femi Oyelaran"],
    gold: [
      { text: "Femi", category: "person" },
      { text: "Aoife Fitzgerald-Byrne", category: "person" },
      { text: "Fitzgerald-Byrne", category: "person" },
    ],
  },
  {
    id: "r03",
    text: "Mhairi ran the session and Jun took notes. mhairi's notes are always better, to be fair to Jun. Grant was the one who pushed for the grant.",
    roster: ["Mhairi Grant", "Jun Li"],
    gold: [
      { text: "Mhairi", category: "person" },
      { text: "Jun", category: "person" },
      { text: "mhairi", category: "person" },
      { text: "Grant", category: "person" },
    ],
  },
  {
    id: "r04",
    text: "Oyinkansola said Minh would cover duty. Balogun's write-ups are the gold standard here.",
    roster: ["Oyinkansola Balogun", "Dương Văn Minh"],
    gold: [
      { text: "Oyinkansola", category: "person" },
      { text: "Minh", category: "person" },
      { text: "Balogun", category: "person" },
    ],
  },
  {
    id: "r05",
    text: "Seán wasn't at the meeting, so Ó Briain's actions went to the duty manager.",
    roster: ["Seán Ó Briain"],
    gold: [
      { text: "Seán", category: "person" },
      { text: "Ó Briain", category: "person" },
    ],
  },
  {
    id: "c01",
    text: "I came through Brightpath Recruitment, and the placement at Hollybrook Children's Trust was the best I've had.",
    customTerms: ["Brightpath Recruitment", "Hollybrook Children's Trust"],
    gold: [
      { text: "Brightpath Recruitment", category: "organisation" },
      { text: "Hollybrook Children's Trust", category: "organisation" },
    ],
  },
];

/**
 * Written after the detector's first version, with names checked to be in none of its name lists
 * (gazetteer or compromise's lexicon) and with fewer helpful cues. Not edited after the first run.
 */
const heldOut: LabelledPassage[] = [
  {
    id: "h01",
    text: "Yewande Adesanmi-Cole has been our duty senior for two years and nobody runs a Monday like her.",
    gold: [{ text: "Yewande Adesanmi-Cole", category: "person" }],
  },
  {
    id: "h02",
    text: "Ebunoluwa rang in sick, so Nii Armah's cases went to the new starter, Ottilie Brennan-Vance.",
    gold: [
      { text: "Ebunoluwa", category: "person" },
      { text: "Nii Armah", category: "person" },
      { text: "Ottilie Brennan-Vance", category: "person" },
    ],
  },
  {
    id: "h03",
    text: "Tremaine is brilliant with the teenagers; he grew up on the Pembury Estate himself.",
    gold: [
      { text: "Tremaine", category: "person" },
      { text: "Pembury Estate", category: "place" },
    ],
  },
  {
    id: "h04",
    text: "We couldn't reach Mrs Szczygieł, so Anouk went round with the interpreter instead.",
    gold: [
      { text: "Szczygieł", category: "person" },
      { text: "Anouk", category: "person" },
    ],
  },
  {
    id: "h05",
    text: "Mehrunissa and Zuleikha were the only two Urdu speakers in the whole service.",
    gold: [
      { text: "Mehrunissa", category: "person" },
      { text: "Zuleikha", category: "person" },
    ],
  },
  {
    id: "h06",
    text: "Our agency lot — Fenella, Tadgh and Ikechukwu — were gone by Christmas.",
    gold: [
      { text: "Fenella", category: "person" },
      { text: "Tadgh", category: "person" },
      { text: "Ikechukwu", category: "person" },
    ],
  },
  {
    id: "h07",
    text: "Thandiwe covers Hollingbourne and the villages out towards Harrietsham.",
    gold: [
      { text: "Thandiwe", category: "person" },
      { text: "Hollingbourne", category: "place" },
      { text: "Harrietsham", category: "place" },
    ],
  },
  {
    id: "h08",
    text: "I did my first placement in Wendover and my second in Great Missenden.",
    gold: [
      { text: "Wendover", category: "place" },
      { text: "Great Missenden", category: "place" },
    ],
  },
  {
    id: "h09",
    text: "Raheem Oyebode-Lindqvist chairs the Thursday panel; Bláthnaid from legal usually joins.",
    gold: [
      { text: "Raheem Oyebode-Lindqvist", category: "person" },
      { text: "Bláthnaid", category: "person" },
    ],
  },
  {
    id: "h10",
    text: "The family moved from Tilbury to a hostel near Purfleet, then to Aveley.",
    gold: [
      { text: "Tilbury", category: "place" },
      { text: "Purfleet", category: "place" },
      { text: "Aveley", category: "place" },
    ],
  },
  {
    id: "h11",
    text: "Akinwunmi's replacement, a lovely man called Torben, lasted six weeks.",
    gold: [
      { text: "Akinwunmi", category: "person" },
      { text: "Torben", category: "person" },
    ],
  },
  {
    id: "h12",
    text: "Ask Jovanka about the Kosovan family; she did the original assessment with Mirela.",
    gold: [
      { text: "Jovanka", category: "person" },
      { text: "Mirela", category: "person" },
    ],
  },
  {
    id: "h13",
    text: "Xochitl, our Mexican-British ASYE, wrote the best chronology I've read this year.",
    gold: [{ text: "Xochitl", category: "person" }],
  },
  {
    id: "h14",
    text: "I supervise Dervla and Oyelola; Dervla is newly qualified.",
    gold: [
      { text: "Dervla", category: "person" },
      { text: "Oyelola", category: "person" },
    ],
  },
  {
    id: "h15",
    text: "The boys were found at the back of Plumcroft Primary after the school had closed.",
    gold: [{ text: "Plumcroft Primary", category: "place" }],
  },
  {
    id: "h16",
    text: "Uzoamaka Nwokedi-Brown told me straight: if Lucinda leaves, she leaves too.",
    gold: [
      { text: "Uzoamaka Nwokedi-Brown", category: "person" },
      { text: "Lucinda", category: "person" },
    ],
  },
  {
    id: "h17",
    text: "Most of our care leavers end up in Sheerness or Minster because that's where the rents are.",
    gold: [
      { text: "Sheerness", category: "place" },
      { text: "Minster", category: "place" },
    ],
  },
  {
    id: "h18",
    text: "Coming back from Kirkwall after my dad's funeral, I realised I couldn't do another year.",
    gold: [{ text: "Kirkwall", category: "place" }],
  },
  {
    id: "h19",
    text: "Halszka Wróblewska-Nour runs the Polish Saturday school where half our families send their kids.",
    gold: [{ text: "Halszka Wróblewska-Nour", category: "person" }],
  },
  {
    id: "h20",
    text: "The Lavender Hill office is closing, so we're all moving to Bridge House in the new year.",
    gold: [
      { text: "Lavender Hill", category: "place" },
      { text: "Bridge House", category: "place" },
    ],
  },
  {
    id: "h21",
    text: "Delphine and her brother Kofi-Ansah were placed with Ms Oduya in Slade Green.",
    gold: [
      { text: "Delphine", category: "person" },
      { text: "Kofi-Ansah", category: "person" },
      { text: "Oduya", category: "person" },
      { text: "Slade Green", category: "place" },
    ],
  },
  {
    id: "h22",
    text: "Nasrullah and Gulalai came as unaccompanied minors from Jalalabad; Gulalai is doing her A-levels now.",
    gold: [
      { text: "Nasrullah", category: "person" },
      { text: "Gulalai", category: "person" },
      { text: "Jalalabad", category: "place" },
    ],
  },
  {
    id: "h23",
    text: "The review was signed off by Emeric Thistlewood, who I've never actually met.",
    gold: [{ text: "Emeric Thistlewood", category: "person" }],
  },
  {
    id: "h24",
    text: "I'd love to see Wiremu back on the fostering team; he left for New Zealand in 2023.",
    gold: [{ text: "Wiremu", category: "person" }],
  },
  {
    id: "h25",
    text: "Sunniva asked if the Tuesday drop-in could move to Cressingham Road instead.",
    gold: [
      { text: "Sunniva", category: "person" },
      { text: "Cressingham Road", category: "place" },
    ],
  },
  {
    id: "h26",
    text: "honestly my line manager dorcas has kept me going this year",
    gold: [{ text: "dorcas", category: "person" }],
  },
  {
    id: "h27",
    text: "We hot-desk at Cavendish Court now, which is miles from Ebbsfleet station.",
    gold: [
      { text: "Cavendish Court", category: "place" },
      { text: "Ebbsfleet", category: "place" },
    ],
  },
  {
    id: "h28",
    text: "Ms Tiwari-Oyelowo and Mr Fairweather both sit on the fostering panel.",
    gold: [
      { text: "Tiwari-Oyelowo", category: "person" },
      { text: "Fairweather", category: "person" },
    ],
  },
  {
    id: "h29",
    text: "I've worked for K&C, then Hammersmith & Fulham Council, and the pay at LBTH is still the best.",
    gold: [
      { text: "K&C", category: "authority" },
      { text: "Hammersmith & Fulham Council", category: "authority" },
      { text: "LBTH", category: "authority" },
    ],
  },
  {
    id: "h30",
    text: "Tower Hamlets' front door gets more contacts than Southwark's and Lambeth's combined.",
    gold: [
      { text: "Tower Hamlets", category: "authority" },
      { text: "Southwark", category: "authority" },
      { text: "Lambeth", category: "authority" },
    ],
  },
  {
    id: "h31",
    text: "West Berks and Wokingham share an out-of-hours team with Bracknell.",
    gold: [
      { text: "West Berks", category: "authority" },
      { text: "Wokingham", category: "authority" },
      { text: "Bracknell", category: "authority" },
    ],
  },
  {
    id: "h32",
    text: "Before Portsmouth City Council I was at Milton Keynes, and before that Brighton.",
    gold: [
      { text: "Portsmouth City Council", category: "authority" },
      { text: "Milton Keynes", category: "authority" },
      { text: "Brighton", category: "authority" },
    ],
  },
  {
    id: "h33",
    text: "The Royal Borough of Greenwich pays more, but Bromley has better managers.",
    gold: [
      { text: "Royal Borough of Greenwich", category: "authority" },
      { text: "Bromley", category: "authority" },
    ],
  },
  {
    id: "h34",
    text: "I commute to Harrow from Watford every day.",
    gold: [
      { text: "Harrow", category: "authority" },
      { text: "Watford", category: "place" },
    ],
  },
  {
    id: "h35",
    text: "Her mobile is 07700-900-321 and the landline 020-7946-0123.",
    gold: [
      { text: "07700-900-321", category: "phone" },
      { text: "020-7946-0123", category: "phone" },
    ],
  },
  {
    id: "h36",
    text: "Please write to me at amara.o'neill@example.org.uk or call +44 7700 900 654.",
    gold: [
      { text: "amara.o'neill@example.org.uk", category: "email" },
      { text: "+44 7700 900 654", category: "phone" },
    ],
  },
  {
    id: "h37",
    text: "The child was born on 02.03.2017 and her NHS number is 485 777 3457.",
    gold: [
      { text: "02.03.2017", category: "date" },
      { text: "485 777 3457", category: "nhs_number" },
    ],
  },
  {
    id: "h38",
    text: "Postcode sw1a1aa, flat 2, and her NI is jg 10 37 42 b.",
    gold: [
      { text: "sw1a1aa", category: "postcode" },
      { text: "jg 10 37 42 b", category: "ni_number" },
    ],
  },
  {
    id: "h39",
    text: "The visit was on the 14th of Feb, and the follow-up on Fri 21 March.",
    gold: [
      { text: "14th of Feb", category: "date" },
      { text: "Fri 21 March", category: "date" },
    ],
  },
  {
    id: "h40",
    text: "Ref: CP-2023-004417 — can you chase the strategy minutes from Monday?",
    gold: [{ text: "CP-2023-004417", category: "case_number" }],
  },
  {
    id: "h41",
    text: "Signs of Safety mapping in Family Help feels like a rebrand. Mind you, Ofsted loved it.",
    gold: [],
  },
  {
    id: "h42",
    text: "Caseloads in the South East are lower than in London, but the travel is brutal.",
    gold: [],
  },
  {
    id: "h43",
    text: "We call it the Hub, and the Front Door sits under the MASH manager.",
    gold: [],
  },
  {
    id: "h44",
    text: "Honestly, Step Up and Frontline grads are keener than anyone I trained with at Brunel.",
    gold: [{ text: "Brunel", category: "organisation" }],
  },
  {
    id: "h45",
    text: "Black and Global Majority staff told us the same thing in every focus group.",
    gold: [],
  },
  {
    id: "h46",
    text: "My daughter's nursery closes at six, so I leave at half five whatever Teams says.",
    gold: [],
  },
];

/**
 * A third batch written after the held-out fixes and run once; its first-run figures are the
 * honest estimate quoted in the report. One edit after that run: u15 said "arrived at Dover", a town
 * from the shipped list, which this set must not contain; it now says "arrived at the port".
 */
const unseen: LabelledPassage[] = [
  {
    id: "u01",
    text: "Oreoluwa Fashanu-Grant picked up the Section 47 on Friday night because the out-of-hours worker was off sick.",
    gold: [{ text: "Oreoluwa Fashanu-Grant", category: "person" }],
  },
  {
    id: "u02",
    text: "Amobi Ezenwa and Akwasiwa Boakye both started on the same day as me, and only Amobi is still here.",
    gold: [
      { text: "Amobi Ezenwa", category: "person" },
      { text: "Akwasiwa Boakye", category: "person" },
      { text: "Amobi", category: "person" },
    ],
  },
  {
    id: "u03",
    text: "The placement was with Bogumiła Kruk, a retired nurse who lives just past Chiddingstone.",
    gold: [
      { text: "Bogumiła Kruk", category: "person" },
      { text: "Chiddingstone", category: "place" },
    ],
  },
  {
    id: "u04",
    text: "Fiadh Ní Loingsigh did the viability assessment for the grandparents in Galway over video.",
    gold: [
      { text: "Fiadh Ní Loingsigh", category: "person" },
      { text: "Galway", category: "place" },
    ],
  },
  {
    id: "u05",
    text: "When I was struggling it was Prabhjot who noticed. He took me for a coffee and just listened.",
    gold: [{ text: "Prabhjot", category: "person" }],
  },
  {
    id: "u06",
    text: "Moyna Khanam, the family's key worker at the children's centre, raised the first concern back in January.",
    gold: [{ text: "Moyna Khanam", category: "person" }],
  },
  {
    id: "u07",
    text: "Sutharsan Ravindran translated the whole child protection plan into Tamil for the parents.",
    gold: [{ text: "Sutharsan Ravindran", category: "person" }],
  },
  {
    id: "u08",
    text: "I share a desk with Sundus on Tuesdays; she's on the disabled children's team.",
    gold: [{ text: "Sundus", category: "person" }],
  },
  {
    id: "u09",
    text: "Sacdiya's aunt came from Burao to look after the younger ones while mum was in hospital.",
    gold: [
      { text: "Sacdiya", category: "person" },
      { text: "Burao", category: "place" },
    ],
  },
  {
    id: "u10",
    text: "Gülizar Tunç runs a women's group at the community centre and refers families to us quite often.",
    gold: [{ text: "Gülizar Tunç", category: "person" }],
  },
  {
    id: "u11",
    text: "Eftychia Kleanthous is the most experienced IRO we have and she'll tell you straight if your plan is rubbish.",
    gold: [{ text: "Eftychia Kleanthous", category: "person" }],
  },
  {
    id: "u12",
    text: "Jevaughn Ricketts is seventeen and wants to be a social worker himself, which honestly made my year.",
    gold: [{ text: "Jevaughn Ricketts", category: "person" }],
  },
  {
    id: "u13",
    text: "Siu Ming Chiu from the Chinese Community Centre came to every core group without fail.",
    gold: [{ text: "Siu Ming Chiu", category: "person" }],
  },
  {
    id: "u14",
    text: "Ilinca Dumitrescu left for a job in Funchal and we still haven't replaced her.",
    gold: [
      { text: "Ilinca Dumitrescu", category: "person" },
      { text: "Funchal", category: "place" },
    ],
  },
  {
    id: "u15",
    text: "Yordanos Tewelde was an unaccompanied minor when he arrived at the port; now he mentors new arrivals.",
    gold: [{ text: "Yordanos Tewelde", category: "person" }],
  },
  {
    id: "u16",
    text: "Most of my visits are in Dymchurch, Lydd and the caravan parks along the coast.",
    gold: [
      { text: "Dymchurch", category: "place" },
      { text: "Lydd", category: "place" },
    ],
  },
  {
    id: "u17",
    text: "We used to meet families at the Aylesham Centre until the council sold it.",
    gold: [{ text: "Aylesham Centre", category: "place" }],
  },
  {
    id: "u18",
    text: "There were three referrals from the Kingsmead Estate in one week, all about the same man.",
    gold: [{ text: "Kingsmead Estate", category: "place" }],
  },
  {
    id: "u19",
    text: "Wilhelmina Tresize and Orlando Pettifer set up the kinship carers' forum between them.",
    gold: [
      { text: "Wilhelmina Tresize", category: "person" },
      { text: "Orlando Pettifer", category: "person" },
    ],
  },
  {
    id: "u20",
    text: "I've done stints at Hackney Council, the London Borough of Enfield and Greenwich, and Haringey's front door was the hardest.",
    gold: [
      { text: "Hackney Council", category: "authority" },
      { text: "London Borough of Enfield", category: "authority" },
      { text: "Greenwich", category: "authority" },
      { text: "Haringey", category: "authority" },
    ],
  },
  {
    id: "u21",
    text: "RBWM, ESCC and WSCC all send their ASYEs to the same academy days.",
    gold: [
      { text: "RBWM", category: "authority" },
      { text: "ESCC", category: "authority" },
      { text: "WSCC", category: "authority" },
    ],
  },
  {
    id: "u22",
    text: "Kent CC and the Isle of Wight Council are miles apart in how they treat agency staff.",
    gold: [
      { text: "Kent CC", category: "authority" },
      { text: "Isle of Wight Council", category: "authority" },
    ],
  },
  {
    id: "u23",
    text: "Call the office on 0118 496 0789 or email J.Smith@Example.GOV.UK, and the new form is at http://intranet/fostering/forms.",
    gold: [
      { text: "0118 496 0789", category: "phone" },
      { text: "J.Smith@Example.GOV.UK", category: "email" },
      { text: "http://intranet/fostering/forms", category: "url" },
    ],
  },
  {
    id: "u24",
    text: "Born 04/07/24, discharged Thursday 4th July, NHS 550 102 9383, Mosaic ID 7734219.",
    gold: [
      { text: "04/07/24", category: "date" },
      { text: "Thursday 4th July", category: "date" },
      { text: "550 102 9383", category: "nhs_number" },
      { text: "7734219", category: "case_number" },
    ],
  },
  {
    id: "u25",
    text: "Her NI is NE 12 34 56 A and she's registered at the surgery in BN2 5EF, though the letters go to me4 4rt.",
    gold: [
      { text: "NE 12 34 56 A", category: "ni_number" },
      { text: "BN2 5EF", category: "postcode" },
      { text: "me4 4rt", category: "postcode" },
    ],
  },
  {
    id: "u26",
    text: "my supervisor berivan is lovely but she's leaving in july and nobody knows who's replacing her",
    gold: [{ text: "berivan", category: "person" }],
  },
  {
    id: "u27",
    text: "Thaynara moved here from Brazil three years ago and already speaks better English than me.",
    gold: [{ text: "Thaynara", category: "person" }],
  },
  {
    id: "u28",
    text: "The boy's father is in prison in Limassol, and his mother is from Trabzon.",
    gold: [
      { text: "Limassol", category: "place" },
      { text: "Trabzon", category: "place" },
    ],
  },
  {
    id: "u29",
    text: "We held the family group conference at Railton Road, then a review at Selborne village hall.",
    gold: [
      { text: "Railton Road", category: "place" },
      { text: "Selborne", category: "place" },
    ],
  },
  {
    id: "u30",
    text: "Supervision is rare, Teams calls are constant, and the Practice Standards keep changing every April.",
    gold: [],
  },
];

export const labelledSet: LabelledPassage[] = [...firstSet, ...heldOut, ...unseen];
