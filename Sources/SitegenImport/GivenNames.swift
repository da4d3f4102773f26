/// Common given names across the languages and regions news reports name people from, folded.
/// A capitalised run that opens with one is likelier a person's name than an organisation's or a
/// place's: one piece of evidence among others, never enough alone. It is a list of a language's
/// names, like the stopword lists — no story's people are in it by design.
enum GivenNames {
    static func contains(_ word: String) -> Bool { names.contains(word.folded) }

    private static let names: Set<String> = Set("""
    aaron abdel abdul abdullah abigail abraham ada adam adel adrian adriana agnes ahmad ahmed aida aidan aisha akira alain \
    alan albert alberto alejandro aleksandr aleksander alessandra alessandro alex alexander alexandra alexandre alexei alexis \
    alfonso alfred alfredo ali alice alicia alina alison amanda amber amelia amir amy ana anders andre andrea andreas andrei \
    andres andrew andrey andrzej andy angel angela angelika angelo anita ann anna anne annalena annette anthony antoine \
    antonio anton antony aria ariel arnaud arthur arturo ashley aung ayman barack barbara barak barnaby bashar beata beatriz \
    ben benedict benjamin benoit bernard bernardo bernie beth bettina bill bjorn blake bob boris brad brandon brenda brian \
    bruno bryan camila camilla camille candace carl carla carlo carlos carmen carol caroline carsten catherine cecilia cedric \
    celine cesar chad charles charlie charlotte chen chloe chris christian christina christine christoph christophe \
    christopher chuck cindy claire clara claude claudia colin connor constantin cristina cyril cyrus daisuke dale damien \
    dan dana daniel daniela danielle danny dario david dean deborah denis dennis derek diana diane diego dieter dimitri \
    dmitry dmitri dominic dominique don donald donna doris dorothy doug douglas duncan dylan ed eddie edgar edith eduardo \
    edward ekaterina elena eli elias elijah elisabeth elizabeth ella ellen elon emil emily emma emmanuel enrico enrique \
    eric erik erika ernesto esther ethan eugene eva evan evelyn fabian fabio fabrice faisal fatima federico felipe felix \
    fernando filip florian frances francesca francesco francis francisco franck francois frank franz fred frederic \
    frederick friedrich fumio gabriel gabriela gabriele gary gavin gen geoffrey george georg georges gerald gerard \
    gerhard giacomo gianluca gilbert gina giorgia giorgio giovanni giuseppe gloria gordon grace graham greg gregory \
    guido guillaume guillermo gunther gustavo hamid han hana hannah hans harald harold harry hassan hector heidi heinz \
    helen helena helmut henri henrik henry herbert hilary hillary hiroshi hiroyuki hoang hubert hugh hugo hussein ian \
    ibrahim ignacio igor ilya ines ingrid irene iris isaac isabel isabella isabelle ismail ivan jack jacob jacqueline \
    jacques jaime jake james jamie jan jane janet janis jared jason javier jean jeanette jeff jeffrey jennifer jens jeremy \
    jerome jesse jessica jim jimmy jin joachim joan joao joaquin joe joel johan johann johannes john johnny jon jonas \
    jonathan jordan jorge jose josef joseph josh joshua juan judith julia julian juliane julie julien julio jun jurgen \
    justin kaja kamala kamal karen karim karin karl karoline kate katherine kathleen kathy katrin kazuo keir keith kelly \
    ken kenji kenneth kevin khalid kim kimberly kirill klaus kristin kristina kurt kyle lars laura lauren laurence laurent \
    lee leila lena leo leon leonardo leonid leslie lilly linda lisa liu liz lorenzo louis louise luca lucas lucia luciano \
    ludwig luigi luis luisa lukas luke lula lynn magdalena mahmoud malcolm manfred manuel manuela marc marcel marcelo \
    marco marcus margaret margarita maria marian mariana marie marina mario marion mark marta martha martin mary mateo \
    matteo matthew matthias maurice max maxim maximilian mehmet mei melania melanie melissa michael michaela michel michele \
    michelle miguel mikhail mike mila min mira miriam mitch mohamed mohammad mohammed monica muhammad murat nadia nancy naoki \
    naomi narges natalia natalie nathalie nathan neil nicholas nick nicola nicolas nicole nicusor nigel nikita nikki nikola \
    nikolai nina noah noel nora norbert olaf oleg olga oliver olivia omar oscar pablo pamela paola paolo pascal patricia \
    patrick paul paula pavel pedro peng peter petr petra philip philipp philippe pierre pietro piotr qasim rachel rafael \
    raffaele rainer ralph ramon randy raphael rashid raul ravi ray raymond rebecca recep reza ricardo riccardo richard \
    rick rishi rita robert roberta roberto robin rodrigo roger roland roman ron ronald rosa ruben rudolf rupert russell ruth \
    ryan sabine sadiq salvatore sam samantha samir samuel sandra sanna santiago sara sarah sasha satoshi scott sean \
    sebastian sebastien selena serge sergei sergio seung shane sharon sheikh shigeru shinzo shiri silvia simon simone \
    sofia sophie stefan stefano stephan stephane stephanie stephen steve steven sue sung susan susanne svetlana sylvie \
    takeshi tal tamara tanja taro ted teresa theresa thierry thomas tim timothy tina tobias todd tom tomas tomasz tony \
    tyler ulrich ursula valentina valerie vanessa vasily vera veronica victor victoria vikram viktor vincent vincenzo \
    vitaly vladimir vladislav volodymyr walter wang wei werner william wladimir wolfgang xavier xi yaakov yael yair \
    yasmin yevgeny yoshihide yoshiko yosef youssef yuki yulia yuri yury yusuf yves zhang zoe
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
