/// Common given names across the languages and regions news reports name people from, folded.
/// A capitalised run that opens with one is likelier a person's name than an organisation's or a
/// place's: one piece of evidence among others, never enough alone. It is a list of a language's
/// names, like the stopword lists — no story's people are in it by design.
enum GivenNames {
    /// A compound of given names is one too: `Jean-Marie`, `Karl-Heinz`, `Anne-Sophie`.
    static func contains(_ word: String) -> Bool {
        let folded = word.folded
        if names.contains(folded) { return true }
        guard folded.utf8.contains(UInt8(ascii: "-")) else { return false }
        let parts = folded.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { names.contains(String($0)) }
    }

    private static let names: Set<String> = Set("""
    aaron abbas abdel abdelaziz abdelkader abdou abdul abdullah abdullahi abigail abiy abraham achim ada adam adama \
    adel adnan adolfo adrian adriana adriano afonso agata agnes agnieszka agustin ahmad ahmed ahmet aida aidan aisha \
    aitana aitor akira alain alan alba albert alberto aldo aleix alejandra alejandro aleksander aleksandr alessandra \
    alessandro alessia alessio alex alexander alexandra alexandre alexei alexey alexia alexis alfie alfonso alfred \
    alfredo alhassan ali alice alicia alicja alina alison alvaro amadou amalia amanda amber amelia amelie amine amir \
    amit amy ana anastasia anatoly anders andre andrea andreas andrei andres andrew andrey andriy andrzej andy angel \
    angela angelika angelo anil anita anja ann anna annalena anne annette annika ansgar anthony antje antoine anton \
    antonella antonin antonio antony aria ariane ariel armin arnaud arnold arsene artem arthur arturo arun ashley \
    asier asma astrid augusto aung aurelie aurelien axel ayman aziz baptiste barack barak barbara barbora barnaby \
    bart bashar bastian beata beatrice beatriz ben benedict benedikt benjamin benoit bernard bernardo bernd bernie \
    bertrand beth bettina bianca bilal bill birgit bjorn blake bob boris boubacar boyko brad brandon branko brenda \
    brian brigitte bruno bryan burak caio camila camilla camille candace carina carl carla carles carlo carlos carmen \
    carol carolina caroline carsten catalina caterina catherine cecilia cedric celine cem cengiz cesar chad chantal \
    charles charlie charlotte chen chiara chidi chinedu chloe chris christa christian christina christine christoph \
    christophe christopher chuck cindy claire clara clarisse claude claudia claudine claudio clement colin connor \
    constantin coralie corinne cristian cristiano cristina cyril cyrus dagmar daisuke dale damien dan dana dani \
    daniel daniela daniele danielle danilo danny dario darius david davide dean deborah declan dejan delphine denis \
    dennis denys derek diana diane didier diego dieter dimitri dirk dmitri dmitry dolores domenico dominic dominique \
    don donald donna doris dorota dorothy doug douglas dragan duncan dylan eamon ed eddie edgar edin edith edmund \
    edoardo eduardo edward ekaterina elena eleonora eli elias elif elijah elisa elisabeth elise elizabeth elke ella \
    ellen elon elsa elvira emeka emil emilia emilio emily emine emma emmanuel emre enrico enrique enzo eric erik \
    erika erling ernesto ernst esra esteban estelle esther ethan etienne eugene eva evan evelyn fabian fabienne fabio \
    fabrice fabrizio fadi faisal farid fatih fatima federica federico felipe felix fernanda fernando ferran filip \
    filippo fiona florence florent florian frances francesca francesco francis francisco franck franco francois \
    francoise frank franz fred frederic frederick frida friedrich fritz fumio gabriel gabriela gabriele gaetan gareth \
    gary gaston gavin gen gennaro geoffrey georg george georges gerald gerard gerardo gerd gerhard gerrit giacomo \
    gianluca gianni gilbert gilles gina gino giorgia giorgio giovanni gisele giulia giulio giuseppe gloria gonzalo \
    goran gordon grace graham greg gregor gregory gudrun guido guillaume guillermo gunnar gunther gustav gustavo \
    habib hakan hakim halil hamid hamza han hana hanna hannah hannes hans harald harold harry harun hassan hector \
    heidi heike heiko heinz helen helena helga helmut hendrik henri henrik henry herbert herve hilary hilde hillary \
    hiroshi hiroyuki hoang holger horst hossein hristo hubert hugh hugo hussein ian ibrahim ignacio igor iker ilhan \
    ilkay ilse ilya imran ines ingrid ioannis irene irina iris isaac isabel isabela isabella isabelle isak ismail \
    ivan ivo jack jacob jacqueline jacques jaime jake jakub james jamie jan jana jane janet janis janusz jared \
    jaroslav jaroslaw jasmin jason javad javier jean jeanette jeanne jeff jeffrey jenni jennifer jenny jens jeremy \
    jerome jesse jessica jim jimmy jin jiri joachim joan joanna joao joaquim joaquin jochen joe joel johan johann \
    johanna johannes john johnny jon jonas jonathan jordan jordi jorg jorge joris jose josef josefina josep joseph \
    josephine josh joshua juan jude judith julia julian juliane julie julien julio julius jun juraj jurgen justin \
    jutta kai kaja kamal kamala kamil karel karen karim karin karl karolina karoline kasper katarina katarzyna kate \
    katherine kathleen kathy katja katrin kazuo keir keith kelly kemal ken kenji kenneth kerem kerstin kevin khalid \
    kieran kilian kim kimberly kirill kirsten klara klaus kofi konrad kostas kristin kristina kurt kwame kyle kylian \
    lamine lara larissa lars lasse laszlo laura laure lauren laurence laurent lautaro lea leandro lee leila lena \
    lennart leo leon leonardo leonel leonid leonie leslie leticia liliana lilly linda lionel lisa liu liz lorena \
    lorenz lorenzo lothar louis louise luca lucas lucia luciano lucie ludmila ludovic ludwig luigi luis luisa luka \
    lukas luke lula lutz lynn maciej mads magali magdalena magnus mahdi mahmoud mahmud maja majid malcolm malgorzata \
    malik mamadou manfred manolo manon manuel manuela marc marcel marcelo marcin marco marcus marek margaret \
    margarita margot maria mariam marian mariana marianne mariano marie marina marine mario marion marisol mark marko \
    markus marlene marta martha martin martina mary maryam matej mateo mateusz mathias mathieu mathilde matilde \
    matteo matthew matthias mattia maurice mauricio mauro max maxim maximilian mehdi mehmet mei melania melanie \
    melike melissa mercedes mia michael michaela michel michele michelle miguel mike mikhail mila milena min mira \
    miriam mirko miroslav mitch mohamed mohammad mohammed mohsen monica monika moritz moussa muhammad murat muriel \
    mustafa nabil nacho nadia nadine nancy naoki naomi narges nasser natalia natalie natascha nathalie nathan neil \
    nelson nicholas nick niclas nicola nicolas nicole nicoletta nicolo nicusor nigel niki nikita nikki niklas nikola \
    nikolai nikolaos nils nina noah noel noemi nora norbert nuno oksana olaf oleg olena olga oliver olivia olivier \
    omar omer oriol oscar osman oswaldo ousmane pablo paloma pamela paola paolo pascal patricia patrick patrizia paul \
    paula paulina pavel pavol pedro pekka peng pere petar peter petr petra philip philipp philippe pierre pieter \
    pietro pilar piotr qasim quentin rachel radek rafa rafael raffaele rahul rainer rajesh ralph ramon ramzan randy \
    rania raphael raquel rashid raul ravi ray raymond rebecca recep reinhard remi renate renato rene reza ricardo \
    riccardo richard rick rishi rita robert roberta roberto robin rocio rodrigo roger roland rolf romain roman romano \
    romina ron ronald rosa roxana ruben rudolf rupert russell ruth ruud ryan sabine sabrina sadio sadiq salah salim \
    salma salvatore sam samantha sami samir samira samuel sandra sandrine sandro sanna santiago sara sarah sascha \
    sasha satoshi saul scott sean sebastian sebastiano sebastien selena serge sergei sergey sergio sergiy seung sevim \
    shane sharon sheikh shigeru shinzo shiri sidney siegfried silke silvia silvio simon simona simone slawomir sofia \
    sonia sonja sophie soren stanislav stavros stefan stefano stella stephan stephane stephanie stephen steve steven \
    sue sung susan susana susanne sven svenja svetlana sylvie takeshi tal tamara tamas tania tanja tarek taro tatiana \
    ted teresa theresa thiago thierry thilo thomas thorsten tiago tibor tim timo timothy tina tobias todd tom tomas \
    tomasz toni tony torsten tyler ulf ulrich ulrike umberto ursula ute uwe vaclav valentin valentina valeria valerie \
    valerio vanessa vasco vasily vera veronica veronika vicente victor victoria vikram viktor viktoria vincent \
    vincenzo vinicius virginie vitaly vitor vittorio vlad vladimir vladislav vojtech volker volodymyr walid walter \
    wang wei werner wiebke wilfried willem william wladimir wojciech wolfgang xabi xavier xenia xi yaakov yael yair \
    yannick yaroslav yasmin yasmina yassine yevgeny yevhen yolanda yosef yoshihide yoshiko youssef yuki yulia yunus \
    yuri yury yusuf yves yvonne zbigniew zdenek zeynep zhang zoe zoltan zoran zuzana \
    aditya ajay ajit akash akhilesh alok amitabh amol anand anjali ankit anupam anurag arjun arvind ashish ashok \
    asif atul bhavna chandra deepak deepika devendra dinesh gautam gita girish harish hemant imran indira jyoti \
    kamala kapil karan kavita kiran krishna lalit lata madhu mahesh manish manoj meena mohan mukesh nandan \
    narendra naveen neha nikhil nirmala nitin nitish parag pooja pradeep prakash pranab praveen priya priyanka rajiv \
    rakesh ramesh ravi rohit sachin sandeep sanjay sanjeev santosh satya shashi shilpa shiv shreya sonal sudhir \
    sundar sunil sunita suresh sushil swati uday usha varun vijay vijaya vikas vinod vishal yogesh \
    irving henning channing sterling stirling manning \
    ava cheryl giancarlo jules katie kylie liam logan mason massimo maxime mick milan milos niall ondrej petro \
    ronaldo sally sophia taras theo yann zayn
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
