// What a question asks about a topic, in the many ways patients phrase it. Two questions on one topic are different
// questions when one asks how to treat it and the other how long it lasts; these concepts carry that difference into
// the lexical score (same format as medical-synonyms.ts). Written from general English, never from evaluation data.
export const QUESTION_INTENTS = `
treat | treatment | treating | treated | therapy | remedy | remedies | home remedy | get rid of | relieve | relief | manage | management | what can i do | what should i do | what to do | how to stop
cure | cured | curable | incurable | go away | goes away | permanent | permanently | heal | healed | healing
cause | causes | caused | causing | why | reason | due to | because of | what could it be | what is causing | trigger | triggers
symptom | symptoms | signs | sign of | how do i know | how can i tell | how to tell | present with | presentation | indication
duration | how long | how soon | how quickly | how many days | how many weeks | how many hours | how many months | last | lasts | lasting
timing | what time | best time | what age | at what age | how often | frequency
safe | safety | is it safe | dangerous | danger | harmful | harm | risky | ok to | okay to | fine to | bad for
risk | risks | chance | chances | likely | likelihood | probability | odds | risk factor | risk factors
prevent | prevention | preventing | prevented | avoid | avoiding | protect | prophylaxis | reduce the risk | lower the risk
process | procedure | what happens | walk me through | how is it done | performed | steps | what to expect | expect | prepare | preparation
normal | common | usual | typical | is it normal | normally | commonly
test | tests | tested | testing | screening | screen | checked | check for
prognosis | recover | recovery | survive | survival | fatal | die | death | deadly | life expectancy | outcome | live with
difference | differentiate | distinguish | versus | vs | tell apart | compared | comparison | better than
work | works | effective | effectiveness | efficacy | does it help | help with
cost | price | expensive | insurance
`;
