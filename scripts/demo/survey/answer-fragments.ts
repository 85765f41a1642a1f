import type { DemoTheme } from "./themes";

/**
 * The phrase bank the demo survey's free-text answers are composed from. `{slot}` placeholders are filled by
 * `composeAnswer`. Every concern, positive and suggestion sentence names its theme in words `THEME_KEYWORDS`
 * knows; openings, closings and connectors name no theme at all.
 */
export interface FragmentBank {
  concern: readonly string[];
  positive: readonly string[];
  suggestion: readonly string[];
  concernDetail: readonly string[];
  positiveDetail: readonly string[];
}

/** Whose point of view a sentence is written from; a theme may word itself differently for each. */
export type Voice = "student" | "earlyCareer" | "manager" | "agency" | "practitioner";

export interface ThemeFragments {
  base: FragmentBank;
  voices?: Partial<Record<Voice, Partial<FragmentBank>>>;
}

export const THEME_FRAGMENTS: Record<DemoTheme, ThemeFragments> = {
  "Workload and caseloads": {
    base: {
      concern: [
        "My caseload has sat at {n} for most of the year and there’s no sign of it coming down.",
        "The workload is simply not manageable – I finish most days with a list of things I haven’t touched.",
        "I regularly do {hours} unpaid hours a week just to keep on top of my cases.",
        "Caseloads in the {team} are far too high and everyone is firefighting.",
        "When someone leaves, their cases get shared out and nobody’s workload is ever adjusted.",
        "I’m holding {n} children on my caseload and the complexity of the work has gone up, not down.",
        "Duty weeks wipe out any time I had planned for the families I already hold.",
        "There is no capacity left in the team; we’re covering sickness and vacancies on top of full caseloads.",
        "Court work lands on top of an already full caseload with no allowance for the hours it takes.",
        "I’m working late most evenings and still feel I’m letting families down.",
        "The number of cases coming through never lets up, and the workload just keeps building.",
        "Late nights writing up visits have become normal, which worries me.",
        "My workload has crept up {period} without anyone really noticing.",
        "Too many families and not enough hours – that’s the whole problem with the workload.",
      ],
      positive: [
        "My caseload has come down to {lowN} {period}, which has made a real difference.",
        "Workload is much more manageable than it was – my manager actually checks my caseload numbers.",
        "We have a weighting tool for cases now and it feels fairer.",
        "The team has more capacity since the vacancies were filled, so duty is less frantic.",
        "For the first time in years my workload feels realistic.",
        "Caseloads are monitored properly here and I can say so when I’m at capacity.",
        "Caseloads in the {team} are finally at a level where I can do the work properly.",
      ],
      suggestion: [
        "Cap caseloads at a realistic number and actually stick to it.",
        "Lower caseloads, full stop – everything else follows from that.",
        "Give us a proper workload weighting system so complex cases count for more.",
        "Stop allocating new cases to people who are already over capacity.",
        "I’d bring caseloads down to around {lowN} so there is time to do the work properly.",
        "Build catch-up time in after duty weeks so we can get back on top of our own caseload.",
        "Recruit enough permanent staff that caseloads aren’t propped up by overtime.",
        "Make workload part of every one-to-one, not an afterthought.",
        "Realistic caseloads – I’d settle for {lowN} children rather than {n}.",
        "Count court work and transfers properly when deciding caseloads.",
      ],
      concernDetail: [
        "Recording falls behind and then I spend weekends catching up.",
        "Visits get squeezed and relationships with children suffer.",
        "I don’t remember the last time I took a full lunch break.",
        "It’s the children who lose out when we’re stretched like this.",
        "I love the work but the pace isn’t sustainable.",
        "My family notices how tired I am by {weekday}.",
        "Three colleagues went off sick with stress {period}.",
        "Something has to give and it’s usually my evenings.",
      ],
      positiveDetail: [
        "It means I can actually spend time with the children I’m working with.",
        "I finish on time more often than not.",
        "It feels like someone is finally listening.",
        "The difference in team morale is noticeable.",
        "I can plan my week instead of reacting to it.",
      ],
    },
  },
  "Protected caseloads": {
    base: {
      concern: [
        "Our NQSWs are meant to have protected caseloads but in practice they get topped up whenever we’re short.",
        "Protected caseloads for new starters disappear the moment the team is under pressure.",
        "The caseload cap for newly qualified staff exists on paper only.",
        "Experienced workers absorb the extra cases so that protected caseloads can be kept, and nobody protects ours.",
        "There’s no caseload protection once you pass your first year, which feels like a cliff edge.",
      ],
      positive: [
        "Protected caseloads for our newly qualified workers are respected here, and it shows in their confidence.",
        "The reduced caseload in the first year gives new colleagues room to learn.",
        "Our service has kept the caseload cap for NQSWs even when things were tight.",
        "Having capped caseloads for new starters has helped us keep them.",
      ],
      suggestion: [
        "Extend protected caseloads into the second year of practice.",
        "Make the caseload cap for NQSWs non-negotiable, not something that can be overridden on a busy week.",
        "Offer reduced caseloads to people coming back from long-term sickness or parental leave too.",
        "Give experienced staff some form of caseload protection when they take on mentoring.",
        "Keep protected caseloads in place even when cover is short.",
      ],
      concernDetail: [
        "It sets people up to fail in their first year.",
        "New colleagues pick up complex child protection work far too early.",
        "Then we wonder why people burn out by year three.",
      ],
      positiveDetail: [
        "It’s one of the reasons our team is stable.",
        "It also takes pressure off the rest of us in the long run.",
        "New colleagues have time to shadow and reflect.",
      ],
    },
    voices: {
      earlyCareer: {
        concern: [
          "I was promised a protected caseload but I’m already holding {n} children.",
          "My protected caseload lasted about three months before cases started creeping up.",
          "I was told my caseload was capped, then duty cover was added on top.",
        ],
        positive: [
          "My protected caseload has been honoured, which has let me learn properly.",
          "I’ve had a reduced caseload during my ASYE and it made a huge difference.",
          "The caseload cap for my first year meant I could take time over assessments.",
        ],
        suggestion: [
          "Keep protected caseloads in place for the whole of the first year, not just the first few months.",
          "Write the caseload cap into the ASYE agreement so it can’t be quietly dropped.",
        ],
        concernDetail: ["I’m already feeling stretched.", "It’s hard to learn when you’re firefighting."],
        positiveDetail: ["I’ve had time to shadow and reflect.", "It has let me build confidence."],
      },
      student: {
        concern: [
          "I’ve watched newly qualified workers on my placement lose their protected caseloads almost straight away, which puts me off.",
        ],
        positive: [
          "Knowing this authority offers protected caseloads for newly qualified staff makes me want to apply here.",
        ],
        suggestion: ["Advertise protected caseloads clearly – students choosing a first job really notice it."],
        concernDetail: ["It makes the jump into a first job look risky."],
        positiveDetail: ["It would make the first year far less daunting."],
      },
    },
  },
  "Manager role complexity": {
    base: {
      concern: [
        "As a manager I’m responsible for {staff} supervisees and still carrying operational work, and nothing gives.",
        "The team manager role has grown to include budgets, panels, audits and HR, on top of everything else.",
        "There is no protection for managers – when the team is short, the cases come to me.",
        "I hold more supervisees than is safe and my own one-to-ones are the first thing to be cancelled.",
        "Managers are expected to cover duty, chair meetings and answer every escalation the same day.",
        "Governance of cases held by senior staff is patchy and it all falls back on managers.",
        "Management oversight is expected on every decision but there aren’t enough hours to give it properly.",
      ],
      positive: [
        "As a manager I feel well supported by my head of service and my span of control is reasonable.",
        "The management development programme has helped me with the harder parts of the role.",
        "Having a deputy in the team has taken some of the operational load off me as team manager.",
        "Senior leaders here do protect managers’ time for their teams.",
      ],
      suggestion: [
        "Cap the number of supervisees per manager and count operational work in that.",
        "Give managers the same workload protection that practitioners have.",
        "Add practice lead posts so team managers aren’t stretched across everything.",
        "Take some of the business support and HR tasks away from the manager role.",
        "Create proper governance for senior practitioners’ caseloads so it doesn’t all land on managers.",
        "Offer management coaching and time to think, not just more reporting.",
      ],
      concernDetail: [
        "I’m answering emails at 10pm most nights.",
        "My own wellbeing is the last thing anyone asks about.",
        "It’s no surprise experienced people don’t want to step up.",
        "Something will go wrong eventually if this carries on.",
      ],
      positiveDetail: [
        "It makes the job feel doable.",
        "I can give my team the time they deserve.",
        "I’d encourage others to take the step because of it.",
      ],
    },
    voices: {
      practitioner: {
        concern: [
          "Our team manager is stretched so thin that decisions wait days for sign-off.",
          "Managers here carry too much – supervisees, panels, escalations – and it shows.",
          "You can see how much the management layer is struggling, and it makes me think twice about stepping up.",
        ],
        positive: ["Our team manager somehow manages to be available despite everything on their plate."],
        suggestion: [
          "Give managers more support so they have time for their supervisees.",
          "Reduce the operational load on team managers – decisions would be quicker for all of us.",
        ],
      },
    },
  },
  "Supervision and feeling valued": {
    base: {
      concern: [
        "Supervision happens {freq} at best and it’s mostly a run-through of the case list.",
        "I can’t remember the last reflective supervision I had; it’s all about deadlines.",
        "Supervision gets cancelled or moved whenever something urgent comes up, which is constantly.",
        "I don’t feel valued – the only time I hear from senior leaders is when something goes wrong.",
        "{supervisor} is kind but has no time, so supervision feels rushed.",
        "There is very little recognition for the work we do, especially the hard, invisible parts.",
        "Staff feel undervalued; good work is expected but never acknowledged.",
        "Supervision notes are copied and pasted and nothing reflective goes into them.",
        "I’ve had {supervisorCount} different supervisors {period}, so there’s no continuity.",
      ],
      positive: [
        "I get good supervision {freq} and {supervisor} makes space for reflection as well as case direction.",
        "Supervision is consistent and genuinely reflective – it keeps me going.",
        "I feel valued here; managers notice effort and say so.",
        "{supervisor} is approachable and I can ask for ad hoc supervision whenever I need it.",
        "Our team has started peer praise in meetings and it has lifted morale more than I expected.",
        "Group supervision has been really helpful for thinking through complex families.",
        "Senior leaders visit the team regularly and I feel recognised for what I do.",
        "I feel valued and listened to, which hasn’t always been the case in other authorities.",
      ],
      suggestion: [
        "Protect supervision time so it is never the first thing cancelled.",
        "Make supervision reflective again, not just a list of actions.",
        "Recognise staff more – a simple word from senior leaders would go a long way.",
        "Offer group or peer supervision alongside one-to-one sessions.",
        "Train managers in reflective supervision rather than just case oversight.",
        "Give us supervision with someone outside the line management chain now and then.",
      ],
      concernDetail: [
        "I come out of sessions with more actions and no more clarity.",
        "It makes the job feel lonely.",
        "You stop bothering to bring the difficult cases.",
        "Newer colleagues miss out on learning because of it.",
        "It’s demoralising after {years} years in the job.",
      ],
      positiveDetail: [
        "It helps me think clearly about risk.",
        "It’s a big part of why I’m still here.",
        "I come away feeling I can cope with the week.",
        "It feels like a team that looks after each other.",
        "It helps me think about my own wellbeing as well as the work.",
      ],
    },
    voices: {
      student: {
        concern: [
          "My practice educator is so busy that supervision on placement often doesn’t happen.",
          "Supervision on placement has been patchy and I’ve had to chase it.",
        ],
        positive: [
          "My practice educator gives me proper reflective supervision every week, which has been invaluable.",
          "I feel valued on placement, not just used to fill gaps.",
        ],
      },
    },
  },
  "Psychological safety": {
    base: {
      concern: [
        "I don’t feel safe to admit when I’m struggling; people who do get labelled.",
        "There’s a blame culture – when something goes wrong the practitioner is hung out to dry.",
        "Speaking up about workload is seen as not coping.",
        "I’m anxious about making a mistake because I know there would be no backing.",
        "Psychological safety has gone backwards {period} with all the restructuring.",
        "People are scared to raise concerns with senior managers.",
        "The fear of an inspection drives everything and makes it hard to be honest.",
        "After a serious incident it felt like blame rather than learning.",
        "I don’t feel safe in my job at the moment, with restructures announced one after another.",
      ],
      positive: [
        "I feel safe to say when I don’t know something, and that’s rare.",
        "Our team is a safe place to raise concerns and reflect on mistakes.",
        "Managers here handle mistakes as learning, not blame.",
        "There’s a genuinely open culture where people speak up without fear.",
        "I feel safe in my team and I know I’d be backed if something went wrong.",
      ],
      suggestion: [
        "Make it safe to speak up without it being held against you.",
        "Give us someone outside our line management to raise concerns with.",
        "Move away from blame after incidents and focus on learning.",
        "Build psychological safety into how teams are led, not just a wellbeing poster.",
        "Let staff raise concerns anonymously and show what changed as a result.",
      ],
      concernDetail: [
        "It makes people quieter in meetings.",
        "I keep my head down now.",
        "That affects how honest we can be with families too.",
        "Several good people have gone quiet or gone elsewhere.",
      ],
      positiveDetail: [
        "It makes difficult decisions feel shared.",
        "It means problems come out early.",
        "I think it’s why our team works so well.",
      ],
    },
  },
  "Inclusive practice": {
    base: {
      concern: [
        "As a Black and global majority worker I’ve been overlooked while less experienced colleagues moved up.",
        "There is discrimination here that nobody wants to name, from families and sometimes from colleagues.",
        "Diversity in the workforce hasn’t turned into inclusive practice at leadership level.",
        "Risk assessment isn’t culturally neutral, and families from some communities are judged more harshly.",
        "I’ve experienced racism from families and there was no real follow-up from the service.",
        "Microaggressions about my accent are treated as jokes.",
        "Part-time workers, mostly women, are quietly passed over – that’s an equity issue too.",
        "The race equity action plan sounds good but I haven’t seen it change anything.",
      ],
      positive: [
        "Our anti-racist practice work has changed how we talk about culture in the team.",
        "The staff network for global majority colleagues has given me a voice.",
        "I’ve seen real effort on inclusion {period}, including fairer interview panels.",
        "Cultural humility training was better than I expected and changed how I assess.",
      ],
      suggestion: [
        "Take discrimination from families and colleagues seriously and follow it through.",
        "Look at who moves up and be honest about racial disparities.",
        "Make inclusive practice part of every case discussion and audit.",
        "Offer mentoring and sponsorship for global majority staff aiming for management.",
        "Open senior posts to part-time staff so that equality isn’t just a policy.",
        "Train managers to recognise bias in risk assessment.",
      ],
      concernDetail: [
        "It wears you down over time.",
        "It makes me question whether this is the place for me.",
        "Colleagues have gone to agency work because of it.",
        "It’s exhausting having to explain it again and again.",
      ],
      positiveDetail: [
        "It feels like a more honest workplace.",
        "I feel more confident bringing my whole self to work.",
        "It has opened conversations that were overdue.",
      ],
    },
  },
  "Pay and remuneration": {
    base: {
      concern: [
        "The pay doesn’t reflect the responsibility we carry for children’s safety.",
        "With the cost of living in {regionIn}, my salary barely covers rent and bills.",
        "Mileage and expenses don’t cover what I actually spend getting to visits.",
        "I’d need something like {salary} before the pay matched the job.",
        "Maternity pay here is far worse than in neighbouring authorities.",
        "Financially I’m just about getting by, and that’s on a full-time salary.",
        "Pay progression stalls after a few years, so experience isn’t rewarded.",
        "Expenses claims take weeks to come through, so I’m out of pocket every month.",
        "My pay has not kept up with prices {period}, and it shows at the end of each month.",
      ],
      positive: [
        "The pay is fair for the area and the market supplement helps.",
        "Expenses are paid quickly and cover my mileage properly now.",
        "The recent pay award and the retention payment were welcome.",
        "I feel reasonably paid compared with friends in other authorities.",
      ],
      suggestion: [
        "Pay social workers what the job is worth – {salary} would be realistic.",
        "Raise mileage rates to reflect what fuel actually costs.",
        "Improve maternity pay; it’s a reason people go elsewhere.",
        "Introduce a local allowance that keeps up with the cost of living.",
        "Reward experience with pay progression, not just new job titles.",
        "Pay for the extra hours we work on duty and out of hours.",
        "Cover parking and travel expenses in full.",
      ],
      concernDetail: [
        "Several colleagues have second jobs.",
        "I’ve started looking at what other authorities offer.",
        "It’s hard to feel respected when the sums don’t add up.",
        "Childcare alone takes half of what I earn.",
      ],
      positiveDetail: ["It’s one less thing to worry about.", "It shows the authority takes the workforce seriously."],
    },
    voices: {
      student: {
        concern: [
          "My bursary doesn’t stretch to travel for placement visits, so I’m paying out of my own pocket.",
          "Living on a bursary in {regionIn} while doing a full-time placement is really hard financially.",
        ],
        positive: ["The bursary and placement expenses have been paid on time, which really helps."],
        suggestion: ["Pay students’ travel expenses on placement – it adds up quickly."],
      },
      agency: {
        concern: ["The new pay caps have made agency work less attractive financially, and I’m weighing it up."],
        positive: ["The agency rate still pays noticeably better than a permanent salary for the same work."],
      },
    },
  },
  "Hybrid and flexible working": {
    base: {
      concern: [
        "We’re being pushed back into the office {days} days a week, and hybrid working is quietly being dropped.",
        "There is no flexibility for part-time workers – meetings get booked on my days off.",
        "Hot-desking means I spend the first half hour finding a desk and a screen.",
        "My work-life balance is poor; the job spills into evenings and weekends.",
        "Flexible working requests are turned down for frontline roles as a matter of course.",
        "Office days feel pointless when half the team is out on visits and the rest are on Teams.",
        "I can’t get compressed hours agreed even though my diary would allow it.",
        'We’re told it’s "agile working" but in practice there’s nowhere to sit on office days.',
      ],
      positive: [
        "Hybrid working lets me write up at home and be out with families the rest of the week.",
        "Working from home {days} days a week has transformed my work-life balance.",
        "My manager has been flexible about school pick-ups and it means I can keep doing this job.",
        "Compressed hours have made this job sustainable for me.",
        "The flexibility here is the main reason I chose this authority.",
      ],
      suggestion: [
        "Keep hybrid working – it is the one thing that makes the job bearable.",
        "Offer a nine-day fortnight or compressed hours to frontline staff.",
        "Make part-time and flexible working genuinely available in senior roles.",
        "Trust us to decide which office days we actually need.",
        "Give us enough desks on office days so we aren’t hot-desking in the corridor.",
        "Protect work-life balance by not booking meetings before nine or after five.",
      ],
      concernDetail: [
        "I’ve missed too many of my own children’s events.",
        "It feels like presenteeism rather than anything to do with practice.",
        "The commute on office days adds {commute} to my day.",
        "Calls from a noisy open-plan office aren’t great for families either.",
      ],
      positiveDetail: [
        "I’m far less tired than I used to be.",
        "I get more done on home days than anywhere else.",
        "Writing up in peace at the kitchen table makes a huge difference.",
        "On visit days I sometimes write up in a café between appointments, which works well.",
      ],
    },
  },
  "ICT and systems": {
    base: {
      concern: [
        "{system} is slow, crashes and makes simple recording take twice as long.",
        "My laptop takes ten minutes to start and the VPN drops out on every visit.",
        "IT support takes days to respond, and in the meantime I can’t record anything.",
        "We have three different systems that don’t talk to each other, so I type everything twice.",
        "The forms in {system} were designed for performance reports, not for practice.",
        "The Wi-Fi in the office is unreliable and the printers never work.",
        "Equipment is outdated – I’m still waiting for a second screen.",
        "Logging in to everything separately eats into my day.",
        "Since the last upgrade {system} loses work if you leave a form open too long.",
      ],
      positive: [
        "ICT has improved a lot – new laptops, and {system} is faster than it was.",
        "IT support is quick and friendly now, which I didn’t expect.",
        "The move to a new case management system has actually made recording easier.",
        "Having a decent laptop and phone means I can work from anywhere.",
        "{system} is far from perfect but it works most days now, which is progress.",
      ],
      suggestion: [
        "Replace {system} with something designed around how social workers actually work.",
        "Give us laptops that work and a phone with enough storage.",
        "Reduce the number of systems we have to log into.",
        "Simplify the forms in {system} – half the fields are never used.",
        "Fix the office Wi-Fi before anything else.",
        "Involve practitioners in choosing new software.",
      ],
      concernDetail: [
        "It’s hours a week lost to screens instead of children.",
        "Recording is always behind as a result.",
        "It’s embarrassing in front of families when nothing loads.",
        "I’ve lost a whole assessment to a crash before.",
      ],
      positiveDetail: [
        "It saves me real time every week.",
        "Recording on the go has made my days calmer.",
        "It’s one thing that has clearly got better.",
      ],
    },
  },
  "AI in practice": {
    base: {
      concern: [
        "I’m uneasy about {ai} being rolled out before anyone has checked what it gets wrong.",
        "AI notes still need careful checking, so the time saved is smaller than promised.",
        "I worry AI will be used as an excuse to cut business support posts.",
        "Families haven’t really been asked whether they’re comfortable with {ai} recording visits.",
        "Artificial intelligence can’t replace professional judgement, and I’m not convinced leaders understand that.",
        "Nobody has explained where the data from {ai} goes.",
      ],
      positive: [
        "{ai} has cut the time I spend writing up visits by at least a third.",
        "The AI note-taker means I can look at the child rather than my notebook.",
        "I was sceptical about AI but the pilot of {ai} has been genuinely useful for drafting.",
        "Copilot helps me summarise long chronologies, which used to take an afternoon.",
      ],
      suggestion: [
        "Roll out AI tools like {ai} as opt-in pilots with proper evaluation.",
        "Use AI to cut paperwork, not to cut staff.",
        "Train us properly on AI before expecting us to use it with families.",
        "Let practitioners shape how AI note-taking tools are used.",
        "Make sure anything drafted by AI is checked by a qualified worker.",
      ],
      concernDetail: [
        "Some of the summaries I’ve seen were just wrong.",
        "Consent needs to be thought through.",
        "It all feels rushed.",
      ],
      positiveDetail: [
        "I still read every word before it goes on file.",
        "It’s freed up time for direct work.",
        "Used carefully it’s a real help.",
      ],
    },
  },
  "Social care reforms": {
    base: {
      concern: [
        "The reforms are moving faster than the resources to deliver them.",
        "Family help sounds good but there aren’t enough staff to run it well.",
        "Multi-agency child protection teams are a good idea on paper; I worry about who holds the risk.",
        "Early help has been cut back so much that families reach us in crisis.",
        "Family support workers are doing complex work without the status it deserves.",
        "There is a lot of talk about lived experience but very little of it shapes how services are designed.",
      ],
      positive: [
        "The move to family help means families are getting support earlier, and I can see it.",
        "Our early help offer has improved and referrals are more appropriate now.",
        "Working alongside police and health in the new multi-agency team has been positive so far.",
        "The reforms have given us a chance to rethink the front door, which was overdue.",
        "Parents with lived experience now sit on our design group and it shows.",
      ],
      suggestion: [
        "Fund the reforms properly – implementation matters more than the policy.",
        "Give family support workers a clear route forward and proper status.",
        "Involve frontline staff in designing family help, not just senior leaders.",
        "Put lived experience at the centre of how services are evaluated.",
        "Invest in early help so fewer families need statutory intervention.",
      ],
      concernDetail: [
        "It feels like another restructure.",
        "Staff are tired of change.",
        "We’ve been here before with earlier initiatives.",
      ],
      positiveDetail: [
        "It feels like the right direction.",
        "Families have noticed the difference.",
        "Time will tell, but it’s promising.",
      ],
    },
  },
  "Career development and progression": {
    base: {
      concern: [
        "There’s no clear progression route unless you want to become a manager.",
        "I’ve applied for promotion twice and watched long-term agency staff get the posts.",
        "Training is always the first thing cancelled when the team is busy.",
        "Secondments are advertised but people are never released to take them.",
        "Career development depends entirely on which manager you get.",
        "There’s no sabbatical or career break option, so people simply go.",
        "I’ve been at the top of my grade for years with nowhere to progress.",
      ],
      positive: [
        "I’ve been supported onto a practice educator course and it has renewed my interest.",
        "The progression framework here is clear and I know what I need to do to step up.",
        "I got a secondment into the quality assurance team and came back with new skills.",
        "Learning time each month has made a real difference to my development.",
        "My manager actively encourages career conversations.",
      ],
      suggestion: [
        "Offer secondments and sabbaticals as a way to keep experienced staff.",
        "Create senior practitioner posts so progression doesn’t always mean management.",
        "Ring-fence training time so it isn’t cancelled for duty.",
        "Fund further qualifications and the time to study for them.",
        "Make progression open to part-time staff.",
        "Offer internal secondments as a taster before promotion.",
      ],
      concernDetail: [
        "It makes the job feel like a dead end.",
        "Ambitious people take their skills elsewhere.",
        "I feel stuck.",
      ],
      positiveDetail: ["It makes me want to build a future here.", "I’m learning again."],
    },
  },
  "Agency working": {
    base: {
      concern: [
        "Agency colleagues are paid more for the same work and seem to get the easier cases.",
        "Relying on agency staff means families have a new worker every few months.",
        "I’ve seriously thought about going agency for the money and the freedom.",
        "Long-term agency workers being moved into manager posts over permanent staff feels unfair.",
        "The new agency rules haven’t stopped people moving to agencies in neighbouring areas.",
      ],
      positive: [
        "We rely far less on agency staff than we did, and the team feels more stable.",
        "The agency workers in my team are experienced and really supportive.",
        "Now that agency use is down, continuity for families is much better.",
      ],
      suggestion: [
        "Invest the money spent on agency staff in the permanent workforce.",
        "Give permanent staff the same freedom over their hours that agency workers get.",
        "Convert long-term agency posts into permanent ones.",
      ],
      concernDetail: [
        "It affects the whole team.",
        "Families notice the churn.",
        "The gap in earnings is hard to ignore.",
      ],
      positiveDetail: ["It works for me at this stage of my life.", "Continuity matters so much to families."],
    },
    voices: {
      agency: {
        concern: [
          "As an agency worker I’m treated as temporary even after two years in the same team.",
          "Agency workers get the hardest cases and the least induction.",
          "The new agency rules make me wonder whether it’s still worth it.",
        ],
        positive: [
          "Agency work gives me control over where and when I work, which I need right now.",
          "I chose agency work for the freedom it gives me and I don’t regret it.",
          "The team treats agency colleagues like everyone else here.",
        ],
        suggestion: [
          "Offer agency workers a real route into permanent posts that keeps the freedom we have now.",
          "Treat agency staff as part of the team – include us in learning sessions.",
          "If permanent contracts offered the same control as agency work I’d switch.",
        ],
      },
    },
  },
  "Commute and housing": {
    base: {
      concern: [
        "My commute is {commute} each way because I can’t afford to live closer.",
        "Housing costs in {regionIn} mean most of my team live miles away.",
        "Keyworker housing has disappeared for new staff.",
        "Driving across the county between visits takes up half my day.",
        "Train fares have gone up again and my season ticket eats any rise I get.",
        "Parking near the office is impossible, so every office day starts with a hunt for a space.",
        "Rent in {regionIn} takes more than half my income.",
      ],
      positive: [
        "My commute is short, which is one reason I chose this authority.",
        "The authority helped me with keyworker housing when I started.",
        "Being able to go straight to visits from home saves me a long commute most days.",
      ],
      suggestion: [
        "Offer keyworker housing or help with rent deposits.",
        "Let us start visits from home rather than commuting into the office first.",
        "Provide parking permits near the office.",
        "Help with season tickets or travel loans would make a big difference.",
        "Think about commute times when deciding where teams are based.",
      ],
      concernDetail: [
        "By the time I get home I’ve got nothing left to give.",
        "It’s a big part of why people look elsewhere.",
        "It adds two hours to every office day.",
      ],
      positiveDetail: ["It gives me back time with my family.", "It’s a real help with recruitment."],
    },
  },
  "Early career support": {
    base: {
      concern: [
        "Newly qualified colleagues are thrown in at the deep end with very little induction.",
        "We don’t have enough practice educators to support students properly.",
        "The ASYE programme is good on paper but NQSWs rarely get their protected learning time.",
        "Our early career workers are overwhelmed within two years.",
      ],
      positive: [
        "Our ASYE programme is strong and the NQSWs in my team are thriving.",
        "Taking students on placement has brought energy and fresh questions to the team.",
        "The induction for new starters has improved a lot {period}.",
      ],
      suggestion: [
        "Give NQSWs a proper induction and a named mentor for their first year.",
        "Recognise practice educators with time back for the role.",
        "Extend early career support into the second and third year.",
      ],
      concernDetail: [
        "It knocks people’s confidence early on.",
        "It’s such a waste of people who want to do the job.",
        "We lose good people before they find their feet.",
      ],
      positiveDetail: [
        "It builds confidence.",
        "It makes the whole team stronger.",
        "I wish I’d had that when I started.",
      ],
    },
    voices: {
      earlyCareer: {
        concern: [
          "As an NQSW I’ve had very little induction and I’m learning by getting things wrong.",
          "My ASYE learning time keeps getting swallowed by cases.",
          "In my first year I’ve often felt out of my depth with no one to ask.",
          "The ASYE portfolio is a lot on top of a full diary.",
        ],
        positive: [
          "My ASYE has been really well supported, with regular learning days and a great assessor.",
          "The induction as a newly qualified worker was thorough and I felt prepared.",
          "I’ve had protected learning time in my first year and it has made me a better practitioner.",
          "As an NQSW I feel genuinely supported by the whole team.",
        ],
        suggestion: [
          "Keep protected learning time for NQSWs sacred.",
          "Pair every newly qualified worker with an experienced buddy.",
          "Give NQSWs regular group sessions with others in their first year.",
        ],
        concernDetail: ["It knocks your confidence early on.", "Some days I wonder if I chose the right job."],
        positiveDetail: ["It’s given me confidence.", "I feel like I’m learning every day."],
      },
      student: {
        concern: [
          "My placement has been mostly shadowing and admin, with little direct work.",
          "As a student I’ve struggled to get time with my practice educator.",
          "The step from student to qualified worker looks daunting from here.",
        ],
        positive: [
          "My placement has been brilliant – I’ve had real responsibility with good backing.",
          "The team has made me feel part of things as a student, not just an extra pair of hands.",
          "My practice educator has been fantastic and I’d love to come back here as an NQSW.",
        ],
        suggestion: [
          "Make sure students on placement have a desk, a laptop and a named person to ask.",
          "Offer students a clear route into an ASYE post at the end of placement.",
          "Give practice educators time to actually teach students.",
        ],
        concernDetail: ["I’m not sure I’d recommend it to friends on my course.", "It’s been a bit of a shock."],
        positiveDetail: ["I’d recommend it to anyone starting out.", "I feel like I’m learning every day."],
      },
    },
  },
  Retention: {
    base: {
      concern: [
        "I’m seriously thinking about leaving social work altogether.",
        "I’ve handed in my notice and nobody asked why I was leaving.",
        "Turnover in my team is so high I’ve had {managerCount} managers in two years.",
        "I’ll probably move on to another authority that offers more.",
        "Good people are leaving and the ones who stay are exhausted.",
        "Nobody does exit interviews properly, so the same reasons for leaving repeat.",
        "If nothing changes in the next year I’ll leave.",
      ],
      positive: [
        "I’ve stayed here for {years} years because of the team and the leadership.",
        "Retention in our service is good and you can feel the stability.",
        "I’m staying because I feel supported, even when the work is hard.",
        "Most of my team have been here for years – turnover is low and it shows.",
      ],
      suggestion: [
        "Ask people why they’re leaving and act on what they say.",
        "Invest in the people who stay, not just in recruiting new ones.",
        "Offer a retention payment for experienced staff.",
        "Hold stay conversations before people decide to leave.",
      ],
      concernDetail: [
        "It’s the children who bear the cost.",
        "Every departure adds to someone else’s pile.",
        "Continuity for families suffers.",
      ],
      positiveDetail: ["Long may it continue.", "Families benefit from that consistency."],
    },
  },
};

/**
 * Openings; those ending in a comma, colon or dash run into the next sentence. `statement` openings set a scene
 * and only precede an account, not a suggestion; `change` openings only start an answer about one change.
 */
export const OPENINGS: Readonly<Record<"any" | "statement" | "change", readonly string[]>> = {
  any: [
    "Honestly,",
    "To be honest,",
    "In all honesty,",
    "For me,",
    "Quite simply,",
    "In short,",
    "Speaking for myself,",
    "Personally,",
    "From where I sit,",
    "Where do I start –",
    "I’ll keep this brief.",
    "Thanks for running this survey.",
    "This is something I feel strongly about.",
    "Right now,",
    "Being frank,",
    "If I’m being realistic,",
    "Put simply,",
    "Above all,",
    "Mainly,",
    "First of all,",
    "I’ve thought about this a lot.",
    "I’ll be blunt.",
    "Overall,",
    "On balance,",
    "Same as last time –",
    "At the moment,",
    "From a practice point of view,",
    "Where to begin.",
    "Not sure this will change anything, but",
    "Speaking from the {team},",
  ],
  statement: [
    "Having worked in the {team} for {years} years,",
    "As someone in the {team},",
    "Working in the {team},",
    "Looking back over {span},",
    "Day to day,",
    "In my current role,",
    "Since joining this authority,",
    "In my experience,",
    "After {years} years in children’s services,",
  ],
  change: ["Big question.", "Only one thing?", "It’s hard to pick just one.", "My biggest thing:", "Easy –"],
};

/** Sentences that may end any answer. */
export const CLOSINGS: readonly string[] = [
  "Thanks for asking.",
  "That would make a real difference.",
  "Hope this helps.",
  "I hope this gets read.",
  "Fingers crossed.",
  "That’s all really.",
  "It’s not rocket science.",
  "Please listen this time.",
  "Small changes would go a long way.",
  "That’s my honest view.",
  "Happy to be contacted about this.",
  "I really hope something changes.",
  "We’re doing our best.",
  "It’s a great job when the conditions are right.",
  "I do love the job though.",
  "Otherwise, no complaints.",
  "Simple as that.",
  "That’s the main thing for me.",
  "It would change everything.",
  "I don’t think that’s too much to ask.",
  "Hope that makes sense.",
  "Nothing more to add.",
  "That sums it up.",
  "Let’s see what happens.",
  "Things are heading in the right direction though.",
  "It has been a tough couple of years.",
  "I’m proud of my team.",
  "Good luck with the report.",
  "Glad of the chance to say this.",
  "It really matters to us.",
  "Most of us are hanging on for the children.",
  "I know budgets are tight, but still.",
  "It’s not a lot to ask.",
  "Thank you for reading.",
  "This would benefit families as much as staff.",
  "I hope the report reflects this.",
];

/** Joins a second theme onto the first; all end in a comma or colon, so the next sentence runs on. */
export const CONNECTORS: readonly string[] = [
  "Also,",
  "On top of that,",
  "Separately,",
  "Another thing:",
  "Linked to that,",
  "As well as that,",
  "Beyond that,",
  "Alongside this,",
  "Equally,",
  "Secondly,",
  "Finally,",
  "One more thing:",
  "And while I’m here,",
];
