<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
    <context>
        <name>Labels</name>
        <message>
            <source>None</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>sourced</source>
            <translation>出典確認済</translation>
        </message>
        <message>
            <source>known</source>
            <translation>周知</translation>
        </message>
        <message>
            <source>estimate</source>
            <translation>推定</translation>
        </message>
        <message>
            <source>Confirmed in a public source</source>
            <translation>公開資料で確認済み</translation>
        </message>
        <message>
            <source>Well established, not confirmed in a stored source</source>
            <translation>周知の事実（保存資料では未確認）</translation>
        </message>
        <message>
            <source>Stated in the FY2025 MHLW briefing deck</source>
            <translation>令和7年度 厚生労働省説明資料に記載</translation>
        </message>
        <message>
            <source>%1 mo</source>
            <translation>%1か月</translation>
        </message>
        <message>
            <source>%1–%2–%3 mo</source>
            <translation>%1〜%2〜%3か月</translation>
        </message>
        <message>
            <source>%1 oku yen</source>
            <translation>%1億円</translation>
        </message>
        <message>
            <source>%1 man yen</source>
            <translation>%1万円</translation>
        </message>
        <message>
            <source>%1 yen</source>
            <translation>%1円</translation>
        </message>
        <message>
            <source>About the product</source>
            <translation>製品について</translation>
        </message>
        <message>
            <source>Already know the class?</source>
            <translation>クラスが分かっている場合</translation>
        </message>
        <message>
            <source>Hardware</source>
            <translation>ハードウェア</translation>
        </message>
        <message>
            <source>Software (SaMD)</source>
            <translation>ソフトウェア（プログラム医療機器）</translation>
        </message>
        <message>
            <source>Patients</source>
            <translation>対象患者</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>エビデンス</translation>
        </message>
        <message>
            <source>Your organisation</source>
            <translation>申請者</translation>
        </message>
        <message>
            <source>Stage and goals</source>
            <translation>開発段階と目標</translation>
        </message>
        <message>
            <source>This ruleset has no help text for this question.</source>
            <translation>このルールセットにはこの質問の説明がありません。</translation>
        </message>
        <message>
            <source>Shirube cannot start</source>
            <translation>Shirube を起動できません</translation>
        </message>
        <message>
            <source>The built-in ruleset could not be loaded:
%1</source>
            <translation>組み込みのルールセットを読み込めませんでした：
%1</translation>
        </message>
        <message>
            <source>Planning estimate, not a published figure</source>
            <translation>計画用の見積もり（公表値ではない）</translation>
        </message>
        <message>
            <source>MHLW briefing</source>
            <translation>厚労省資料</translation>
        </message>
    </context>
    <context>
        <name>ProjectPrompts</name>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存の変更</translation>
        </message>
        <message>
            <source>“%1” has changes that are not saved. Save them before closing it?</source>
            <translation>「%1」には保存されていない変更があります。閉じる前に保存しますか？</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>プロジェクトを開く</translation>
        </message>
        <message>
            <source>Shirube projects (*.shirube);;Product profiles (*.json);;All files (*)</source>
            <translation>Shirube プロジェクト (*.shirube);;製品プロファイル (*.json);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Save project</source>
            <translation>プロジェクトの保存</translation>
        </message>
        <message>
            <source>Shirube projects (*.shirube)</source>
            <translation>Shirube プロジェクト (*.shirube)</translation>
        </message>
        <message>
            <source>Recover unsaved work</source>
            <translation>未保存の作業の復元</translation>
        </message>
        <message>
            <source>Shirube did not close properly last time. Unsaved work was kept:</source>
            <translation>前回 Shirube は正常に終了しませんでした。未保存の作業が残っています：</translation>
        </message>
        <message>
            <source>Recover</source>
            <translation>復元</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>破棄</translation>
        </message>
        <message>
            <source>Decide later</source>
            <translation>後で決める</translation>
        </message>
        <message>
            <source>Project already open</source>
            <translation>プロジェクトはすでに開かれています</translation>
        </message>
        <message>
            <source>“%1” is open in %2.</source>
            <translation>「%1」は %2 で開かれています。</translation>
        </message>
        <message>
            <source>Only one window can change a project at a time, so that nobody&apos;s work is saved over. You can open it read-only to look at it and save a copy under another name.</source>
            <translation>誰かの作業を上書きしないよう、プロジェクトを変更できるのは一度に一つのウィンドウだけです。読み取り専用で開いて内容を確認し、別の名前で複製を保存できます。</translation>
        </message>
        <message>
            <source>Open Read-Only</source>
            <translation>読み取り専用で開く</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::AboutDialog</name>
        <message>
            <source>About Shirube</source>
            <translation>Shirube について</translation>
        </message>
        <message>
            <source>Plans how a medical device or SaMD reaches the Japanese market: class, procedure, routes with time and cost, designations and funding.</source>
            <translation>医療機器・プログラム医療機器が日本の市場に届くまでを計画します：クラス、手続き、期間と費用つきの経路、指定制度、公的支援。</translation>
        </message>
        <message>
            <source>Ruleset: %1 — %2, version %3</source>
            <translation>ルールセット：%1 — %2、バージョン %3</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>出典</translation>
        </message>
        <message>
            <source>Confidence marks</source>
            <translation>確度の記号</translation>
        </message>
        <message>
            <source>Shirube is a planning aid, not regulatory advice. Check every step with PMDA or a registered certification body.</source>
            <translation>Shirube は計画の補助であり、薬事上の助言ではありません。各ステップは PMDA または登録認証機関に確認してください。</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::ClassificationCard</name>
        <message>
            <source>Classification</source>
            <translation>クラス分類</translation>
        </message>
        <message>
            <source>Class:</source>
            <translation>クラス：</translation>
        </message>
        <message>
            <source>Procedure:</source>
            <translation>手続き：</translation>
        </message>
        <message>
            <source>Review category:</source>
            <translation>審査区分：</translation>
        </message>
        <message>
            <source>Why this class</source>
            <translation>このクラスになる理由</translation>
        </message>
        <message>
            <source>Not decided yet</source>
            <translation>未確定</translation>
        </message>
        <message>
            <source>Not a medical device</source>
            <translation>医療機器に該当しない</translation>
        </message>
        <message>
            <source>(the rules give %1)</source>
            <translation>（ルールでは%1）</translation>
        </message>
        <message>
            <source>None needed</source>
            <translation>不要</translation>
        </message>
        <message>
            <source>What decides this:</source>
            <translation>決め手となる質問：</translation>
        </message>
        <message>
            <source>answer %1 and the result becomes definite.</source>
            <translation>%1 に答えると結果が確定します。</translation>
        </message>
        <message>
            <source>not a medical device</source>
            <translation>医療機器に該当しない</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>根拠：</translation>
        </message>
        <message>
            <source>Assumed (answer to settle):</source>
            <translation>仮定した回答（回答すると確定します）：</translation>
        </message>
        <message>
            <source>Otherwise:</source>
            <translation>ほかの回答の場合：</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>%1: %2, %3</source>
            <translation>%1：%2、%3</translation>
        </message>
        <message>
            <source>Generic name: %1, JMDN %2</source>
            <translation>一般的名称: %1（JMDN %2）</translation>
        </message>
        <message>
            <source>The classification rules would give %1; the generic name&apos;s class applies.</source>
            <translation>分類規則では%1になりますが、一般的名称のクラスを優先します。</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::CompareDialog</name>
        <message>
            <source>P50 %1 · P80 %2</source>
            <translation>P50 %1 · P80 %2</translation>
        </message>
        <message>
            <source>P80 cost %1</source>
            <translation>P80 費用 %1</translation>
        </message>
        <message>
            <source>Uses: %1</source>
            <translation>利用：%1</translation>
        </message>
        <message>
            <source>FY%1 budget %2</source>
            <translation>%1年度予算 %2</translation>
        </message>
        <message>
            <source>Compare products</source>
            <translation>製品の比較</translation>
        </message>
        <message>
            <source>First product</source>
            <translation>1つ目の製品</translation>
        </message>
        <message>
            <source>Second product</source>
            <translation>2つ目の製品</translation>
        </message>
        <message>
            <source>The two products&apos; plans side by side</source>
            <translation>2つの製品の計画を並べて表示</translation>
        </message>
        <message>
            <source>Tinted: the two products differ. Hover a route for its steps, sources and confidence (%1).</source>
            <translation>色付き：2つの製品で異なる項目。経路にポインタを合わせると、ステップ・出典・確度（%1）を表示します。</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>クラス</translation>
        </message>
        <message>
            <source>Procedure</source>
            <translation>手続き</translation>
        </message>
        <message>
            <source>Review category</source>
            <translation>審査区分</translation>
        </message>
        <message>
            <source>Route %1</source>
            <translation>経路 %1</translation>
        </message>
        <message>
            <source>Designations</source>
            <translation>指定制度</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>公的支援</translation>
        </message>
        <message>
            <source>%1 vs %2</source>
            <translation>%1 と %2 の比較</translation>
        </message>
        <message>
            <source>comparison</source>
            <translation>比較</translation>
        </message>
        <message>
            <source>≠: the two products differ. Confidence of the figures: %1.</source>
            <translation>≠: 2 つの製品で異なる項目。数値の確度: %1。</translation>
        </message>
        <message>
            <source>Could not write the PDF %1.</source>
            <translation>PDF %1 を書き込めませんでした。</translation>
        </message>
        <message>
            <source>Export comparison as PDF</source>
            <translation>比較を PDF に書き出す</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文書 (*.pdf)</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>PDF に書き出す…</translation>
        </message>
        <message>
            <source>Save the two products side by side as a PDF</source>
            <translation>2 つの製品を並べて PDF に保存します</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::ConflictDialog</name>
        <message>
            <source>%1 (mine)</source>
            <translation>%1（自分の版）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>プロファイル</translation>
        </message>
        <message>
            <source>Chosen route</source>
            <translation>選んだ経路</translation>
        </message>
        <message>
            <source>Your estimates</source>
            <translation>独自の見積り</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>マイルストーン</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>メモ</translation>
        </message>
        <message>
            <source>Last plan</source>
            <translation>前回の計画</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>ほかの人が変更しました</translation>
        </message>
        <message>
            <source>someone else</source>
            <translation>ほかの人</translation>
        </message>
        <message>
            <source>“%1” was removed by %2 at %3 while you were editing it. Keep yours to put it back, or take theirs to let it go.</source>
            <translation>編集中に「%1」が %2 によって %3 に削除されました。自分の版を残すと元に戻し、相手の版を採ると削除のままにします。</translation>
        </message>
        <message>
            <source>You removed “%1”, but %2 changed it at %3. Keep yours to remove it anyway (their version stays in the history), or take theirs to keep it.</source>
            <translation>「%1」を削除しましたが、%2 が %3 に変更しています。自分の版を残すと削除します（相手の版は履歴に残ります）。相手の版を採ると残します。</translation>
        </message>
        <message>
            <source>“%1” was changed by %2 at %3 while you were editing it. Nothing was overwritten. Keep yours (theirs stays in the history), take theirs, or keep both, yours as a copy.</source>
            <translation>編集中に「%1」が %2 によって %3 に変更されました。何も上書きされていません。自分の版を残す（相手の版は履歴に残ります）、相手の版を採る、または自分の版をコピーとして両方残すかを選んでください。</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>自分の版を残す(&amp;M)</translation>
        </message>
        <message>
            <source>Take &amp;theirs</source>
            <translation>相手の版を採る(&amp;T)</translation>
        </message>
        <message>
            <source>Keep &amp;both</source>
            <translation>両方残す(&amp;B)</translation>
        </message>
        <message>
            <source>What</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>相手の版</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>自分の版</translation>
        </message>
        <message>
            <source>(removed)</source>
            <translation>（削除済み）</translation>
        </message>
        <message numerus="yes">
            <source>%n estimate(s)</source>
            <translation>
                <numerusform>見積り %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n milestone(s)</source>
            <translation>
                <numerusform>マイルストーン %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>changed</source>
            <translation>変更あり</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::DesignationModel</name>
        <message>
            <source>What it gives: %1</source>
            <translation>効果：%1</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>出典：%1</translation>
        </message>
        <message>
            <source>Designation</source>
            <translation>指定制度</translation>
        </message>
        <message>
            <source>Eligibility</source>
            <translation>該当性</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>出典</translation>
        </message>
        <message>
            <source>Chance of being granted: about %1 %2</source>
            <translation>指定を受ける可能性：約%1 %2</translation>
        </message>
        <message>
            <source>about %1</source>
            <translation>約%1</translation>
        </message>
        <message>
            <source>Granted whenever the requirements are met: no selection.</source>
            <translation>要件を満たせば指定されます（選考はありません）。</translation>
        </message>
        <message>
            <source>Granted to about %1 of the products that apply.</source>
            <translation>申請した製品の約%1が指定を受けています。</translation>
        </message>
        <message>
            <source>Chance granted</source>
            <translation>指定の可能性</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::ExamplesGallery</name>
        <message>
            <source>Examples</source>
            <translation>事例</translation>
        </message>
        <message>
            <source>Real products from the FY2025 MHLW briefing. Click one to open it; your changes stay yours until you save.</source>
            <translation>令和7年度 厚生労働省説明資料の実在の製品です。クリックすると開きます。変更は保存するまで元の事例には影響しません。</translation>
        </message>
        <message>
            <source>No examples are bundled with this build.</source>
            <translation>このビルドには事例が含まれていません。</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::FundingModel</name>
        <message>
            <source>FY%1</source>
            <translation>%1年度</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>記載なし</translation>
        </message>
        <message>
            <source>Best-fitting area: %1</source>
            <translation>最も合う領域：%1</translation>
        </message>
        <message>
            <source>Can fund: %1</source>
            <translation>支援対象：%1</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>出典：%1</translation>
        </message>
        <message>
            <source>Scheme</source>
            <translation>事業</translation>
        </message>
        <message>
            <source>Ministry</source>
            <translation>所管</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>予算</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>合致度</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Can fund</source>
            <translation>支援対象</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>出典</translation>
        </message>
        <message>
            <source>FY%1 budget: %2</source>
            <translation>%1年度予算: %2</translation>
        </message>
        <message>
            <source>⚠ The budget is the FY%1 figure (April %1 – March %2), and the plan&apos;s month %3 is past that fiscal year: check the current call before relying on it.</source>
            <translation>⚠ 予算額は%1年度（%1年4月〜%2年3月）の数字で、計画の基準月 %3 はその年度を過ぎています。最新の公募を確認してください。</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::GenericNameImportDialog</name>
        <message>
            <source>Import generic-name list</source>
            <translation>一般的名称リストの取り込み</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>問題</translation>
        </message>
        <message>
            <source>Imported %1 generic names from %2 (%3 of them add to the shipped list). The search now finds %4 names. The shipped list is unchanged; the imported list is kept in %5.</source>
            <translation>%2 から一般的名称 %1 件を取り込みました（うち %3 件は同梱リストにない名称です）。検索の対象は %4 件になりました。同梱リストは変更していません。取り込んだリストは %5 に保存しています。</translation>
        </message>
        <message numerus="yes">
            <source>%n imported name(s) have a different class than the shipped list; the imported class is used.</source>
            <translation>
                <numerusform>取り込んだ名称のうち %n 件は同梱リストとクラスが異なります。取り込んだクラスを使います。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 was not imported: %n row(s) have a problem, listed below. Nothing was changed; correct the file and import it again.</source>
            <translation>
                <numerusform>%1 は取り込んでいません。問題のある行が %n 行あります（下の一覧）。何も変更していません。ファイルを直してからもう一度取り込んでください。</numerusform>
            </translation>
        </message>
        <message>
            <source>(whole row)</source>
            <translation>（行全体）</translation>
        </message>
        <message>
            <source>%1 could not be read. Check that the file exists and that you may open it. Nothing was changed.</source>
            <translation>%1 を読み込めませんでした。ファイルがあるか、開く権限があるかを確かめてください。何も変更していません。</translation>
        </message>
        <message>
            <source>%1 was read, but the imported list could not be saved in %2. Check that the folder is writable and the disk is not full. Nothing was changed.</source>
            <translation>%1 は読み込めましたが、取り込んだ一覧を %2 に保存できませんでした。フォルダに書き込めるか、ディスクに空きがあるかを確かめてください。何も変更していません。</translation>
        </message>
        <message>
            <source>%1 could not be imported. Nothing was changed.</source>
            <translation>%1 を取り込めませんでした。何も変更していません。</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::GenericNameListModel</name>
        <message>
            <source>notification</source>
            <translation>届出</translation>
        </message>
        <message>
            <source>certification</source>
            <translation>認証</translation>
        </message>
        <message>
            <source>approval</source>
            <translation>承認</translation>
        </message>
        <message>
            <source>JMDN %1 · %2 · %3</source>
            <translation>JMDN %1 · %2 · %3</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::GenericNamePicker</name>
        <message>
            <source>Picked: %1
%2</source>
            <translation>選択中: %1
%2</translation>
        </message>
        <message>
            <source>JMDN %1 is not in the generic-name table. Import PMDA&apos;s list of generic names (File menu) to look it up, or clear it.</source>
            <translation>JMDN %1 は一般的名称の表にありません。PMDA の一般的名称リストを取り込む（ファイルメニュー）と調べられます。不要ならクリアしてください。</translation>
        </message>
        <message>
            <source>Search the Japanese generic name (一般的名称): it fixes the class and whether a certification standard applies. Type a Japanese or English name, part of a word, or the 8-digit JMDN code.</source>
            <translation>製品の一般的名称を探してください。一般的名称でクラスと認証基準の有無が決まります。日本語名・英語名（語の一部でも可）または8桁の JMDN コードを入力します。</translation>
        </message>
        <message>
            <source>e.g. CT, カテーテル, glucose, 37618010</source>
            <translation>例: CT、カテーテル、グルコース、37618010</translation>
        </message>
        <message>
            <source>Search generic names</source>
            <translation>一般的名称を検索</translation>
        </message>
        <message>
            <source>Generic names found</source>
            <translation>見つかった一般的名称</translation>
        </message>
        <message>
            <source>No generic name matches. Try another word, the code, or tick &quot;I can&apos;t find a generic name&quot; below.</source>
            <translation>該当する一般的名称がありません。別の言葉やコードで探すか、下の「一般的名称が見つからない」を選んでください。</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>クリア</translation>
        </message>
        <message>
            <source>Clear the generic name and answer the classification questions instead</source>
            <translation>一般的名称を外し、代わりにクラス分類の質問に答えます</translation>
        </message>
        <message>
            <source>I can&apos;t find a generic name
(a new kind of device)</source>
            <translation>一般的名称が見つからない
（新しい種類の機器）</translation>
        </message>
        <message>
            <source>The classification questions below then decide the class.</source>
            <translation>その場合は下のクラス分類の質問でクラスを判定します。</translation>
        </message>
        <message>
            <source>Your product&apos;s name contains the generic name %1 (%2). The plan assumes it until you pick a generic name.</source>
            <translation>製品名に一般的名称 %1（%2）が含まれています。一般的名称を選ぶまで、計画はこれを仮定します。</translation>
        </message>
        <message>
            <source>Use it</source>
            <translation>これを使う</translation>
        </message>
        <message>
            <source>Pick this generic name for the product</source>
            <translation>この一般的名称を製品に設定します</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::GraphDetailsPane</name>
        <message>
            <source>Development</source>
            <translation>開発</translation>
        </message>
        <message>
            <source>Regulatory review</source>
            <translation>薬事審査</translation>
        </message>
        <message>
            <source>Market and reimbursement</source>
            <translation>上市と保険償還</translation>
        </message>
        <message>
            <source>Overseas</source>
            <translation>海外</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>詳細</translation>
        </message>
        <message>
            <source>Click a state (box) or a transition (arrow) in the graph to see what it is, how long it takes, what it costs, when it applies and where the figures come from.</source>
            <translation>グラフの状態（箱）または遷移（矢印）をクリックすると、その内容、期間、費用、適用条件、数値の出典を表示します。</translation>
        </message>
        <message>
            <source>no source given</source>
            <translation>出典なし</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Reached from</source>
            <translation>前の状態</translation>
        </message>
        <message>
            <source>Leads to</source>
            <translation>次の状態</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>出典：</translation>
        </message>
        <message>
            <source>Transition</source>
            <translation>遷移</translation>
        </message>
        <message>
            <source>Applies when:</source>
            <translation>適用条件：</translation>
        </message>
        <message>
            <source>always</source>
            <translation>常に</translation>
        </message>
        <message>
            <source>Uses the designation:</source>
            <translation>利用する指定制度：</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>ステップ</translation>
        </message>
        <message>
            <source>Months (min–likely–max)</source>
            <translation>月数（最短–最頻–最長）</translation>
        </message>
        <message>
            <source>Fee or cost, JPY (min / likely / max)</source>
            <translation>手数料・費用（円、最小／最頻／最大）</translation>
        </message>
        <message>
            <source>runs in parallel</source>
            <translation>並行して実施</translation>
        </message>
        <message>
            <source>only when:</source>
            <translation>次の場合のみ:</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::GraphView</name>
        <message>
            <source>Zoom in</source>
            <translation>拡大</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl++, Ctrl+wheel)</source>
            <translation>拡大（Ctrl++、Ctrl+ホイール）</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>縮小</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+−, Ctrl+wheel)</source>
            <translation>縮小（Ctrl+−、Ctrl+ホイール）</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>全体表示</translation>
        </message>
        <message>
            <source>Show the whole graph (Ctrl+0)</source>
            <translation>グラフ全体を表示（Ctrl+0）</translation>
        </message>
        <message>
            <source>selected route</source>
            <translation>選択中の経路</translation>
        </message>
        <message>
            <source>faded: not possible for this product</source>
            <translation>薄い表示：この製品では通らない部分</translation>
        </message>
        <message>
            <source>Drag to pan, Ctrl+wheel or +/− to zoom, 0 to fit; click a box or an arrow for details.</source>
            <translation>ドラッグで移動、Ctrl+ホイールまたは +/− で拡大縮小、0 で全体表示。箱や矢印をクリックすると詳細を表示します。</translation>
        </message>
        <message>
            <source>State graph</source>
            <translation>状態遷移図</translation>
        </message>
        <message>
            <source>The regulatory states and the transitions between them. Arrow keys move between elements, Enter shows the details.</source>
            <translation>薬事上の状態とその間の遷移。矢印キーで要素間を移動し、Enter で詳細を表示します。</translation>
        </message>
        <message>
            <source>The graph could not be laid out: %1</source>
            <translation>グラフを配置できませんでした：%1</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::HelpWindow</name>
        <message>
            <source>User &amp;Guide</source>
            <translation>利用ガイド(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Glossary</source>
            <translation>用語集(&amp;L)</translation>
        </message>
        <message>
            <source>Shirube Help</source>
            <translation>Shirube ヘルプ</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>利用ガイド</translation>
        </message>
        <message>
            <source>Glossary</source>
            <translation>用語集</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::HistoryDialog</name>
        <message>
            <source>not answered</source>
            <translation>未回答</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <source>no</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <source>Team Project History</source>
            <translation>チームプロジェクトの履歴</translation>
        </message>
        <message>
            <source>Every saved change to this team project, newest first. Choose one to see what it changed; Restore puts the product back as it was before that change, as a new version (nothing is overwritten: the current version stays in this history).</source>
            <translation>このチームプロジェクトに保存されたすべての変更です(新しい順)。変更を選ぶと何が変わったかを表示します。「以前の版に戻す」は、その変更の前の状態の製品を新しい版として書き戻します(上書きはしません。現在の版はこの履歴に残ります)。</translation>
        </message>
        <message>
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>変更者</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>製品</translation>
        </message>
        <message>
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>&amp;Restore the Earlier Version</source>
            <translation>以前の版に戻す(&amp;R)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>The history could not be read: %1</source>
            <translation>履歴を読み込めませんでした: %1</translation>
        </message>
        <message>
            <source>added</source>
            <translation>追加</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>restored an earlier version</source>
            <translation>以前の版に戻した</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>変更</translation>
        </message>
        <message>
            <source>Choose a change above to see what it changed.</source>
            <translation>上の一覧から変更を選ぶと、何が変わったかを表示します。</translation>
        </message>
        <message>
            <source>%1 added “%2” on %3.</source>
            <translation>%1 が %3 に「%2」を追加しました。</translation>
        </message>
        <message>
            <source>%1 removed “%2” on %3. Restore brings it back as it was.</source>
            <translation>%1 が %3 に「%2」を削除しました。「以前の版に戻す」で削除前の状態に戻せます。</translation>
        </message>
        <message>
            <source>%1 changed “%2” on %3.</source>
            <translation>%1 が %3 に「%2」を変更しました。</translation>
        </message>
        <message>
            <source>Nothing a reader would notice changed (the saved plan only).</source>
            <translation>見て分かる変更はありません(保存された計画のみ)。</translation>
        </message>
        <message>
            <source>What changed (before → after):</source>
            <translation>変更内容(変更前 → 変更後):</translation>
        </message>
        <message>
            <source>Not restored: %1</source>
            <translation>戻せませんでした: %1</translation>
        </message>
        <message>
            <source>Not restored: someone else saved “%1” at the same moment; try again.</source>
            <translation>戻せませんでした: 同時に他の人が「%1」を保存しました。もう一度お試しください。</translation>
        </message>
        <message>
            <source>“%1” is restored as it was before %2, as a new version on the server. To undo this, restore the version before this restore.</source>
            <translation>「%1」を %2 の変更前の状態に戻し、サーバーに新しい版として保存しました。取り消すには、この復元の前の版を戻してください。</translation>
        </message>
        <message>
            <source>Name: “%1”%2“%3”</source>
            <translation>名前: 「%1」%2「%3」</translation>
        </message>
        <message>
            <source>%1: %2%3%4</source>
            <translation>%1: %2%3%4</translation>
        </message>
        <message numerus="yes">
            <source>%n other answer(s) of the profile</source>
            <translation>
                <numerusform>プロファイルのその他の回答 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>The chosen route</source>
            <translation>選んだ経路</translation>
        </message>
        <message>
            <source>Your estimates: %1%2%3</source>
            <translation>独自の見積り: %1%2%3</translation>
        </message>
        <message numerus="yes">
            <source>%n estimate(s)</source>
            <translation>
                <numerusform>見積り %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>Milestones: %1%2%3</source>
            <translation>マイルストーン: %1%2%3</translation>
        </message>
        <message numerus="yes">
            <source>%n milestone(s)</source>
            <translation>
                <numerusform>マイルストーン %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>Notes: “%1”%2“%3”</source>
            <translation>メモ: 「%1」%2「%3」</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::MainWindow</name>
        <message>
            <source>Untitled product</source>
            <translation>無題の製品</translation>
        </message>
        <message>
            <source>Export plan</source>
            <translation>計画の書き出し</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>編集(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>言語(&amp;L)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近使ったファイル(&amp;R)</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>メインツールバー</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>新規(&amp;N)</translation>
        </message>
        <message>
            <source>Start a new product profile</source>
            <translation>新しい製品プロファイルを作成</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>開く(&amp;O)…</translation>
        </message>
        <message>
            <source>Open a product profile (JSON) or a project</source>
            <translation>製品プロファイル（JSON）またはプロジェクトを開く</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Save the product profile</source>
            <translation>製品プロファイルを保存</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>名前を付けて保存(&amp;A)…</translation>
        </message>
        <message>
            <source>E&amp;xamples…</source>
            <translation>事例(&amp;X)…</translation>
        </message>
        <message>
            <source>Open one of the bundled example products</source>
            <translation>同梱の事例製品を開く</translation>
        </message>
        <message>
            <source>&amp;Export Plan as Markdown…</source>
            <translation>計画を Markdown で書き出す(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Trainer Mode</source>
            <translation>講師モード(&amp;T)</translation>
        </message>
        <message>
            <source>Step through the selected route full screen, for a room</source>
            <translation>選択した経路を全画面で順に説明（会場向け）</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>拡大(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>縮小(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Fit Graph</source>
            <translation>グラフ全体を表示(&amp;F)</translation>
        </message>
        <message>
            <source>Go to &amp;Questions</source>
            <translation>質問へ移動(&amp;Q)</translation>
        </message>
        <message>
            <source>Go to &amp;Routes</source>
            <translation>経路へ移動(&amp;R)</translation>
        </message>
        <message>
            <source>Go to &amp;Graph</source>
            <translation>グラフへ移動(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;About Shirube</source>
            <translation>Shirube について(&amp;A)</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Qt について(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Clear Menu</source>
            <translation>メニューを消去(&amp;C)</translation>
        </message>
        <message>
            <source>Routes</source>
            <translation>経路</translation>
        </message>
        <message>
            <source>★ marks routes that no other route beats on both time and cost (P80). Select a route to see it everywhere.</source>
            <translation>★ は期間と費用（P80）の両方で他に負けない経路です。経路を選ぶと、すべての表示で選択されます。</translation>
        </message>
        <message>
            <source>State graph</source>
            <translation>状態遷移図</translation>
        </message>
        <message>
            <source>Designations</source>
            <translation>指定制度</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>公的支援</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>No designation applies.</source>
            <translation>該当する指定制度はありません。</translation>
        </message>
        <message>
            <source>No funding scheme fits this product.</source>
            <translation>この製品に合う公的支援はありません。</translation>
        </message>
        <message>
            <source>Confidence: %1</source>
            <translation>確度：%1</translation>
        </message>
        <message>
            <source>Every number carries the confidence of its ruleset source.</source>
            <translation>すべての数値に、ルールセットの出典の確度を付けています。</translation>
        </message>
        <message>
            <source>Planning…</source>
            <translation>計画中…</translation>
        </message>
        <message numerus="yes">
            <source>%n route(s) · updated in %1 ms</source>
            <translation>
                <numerusform>経路 %n 件 · %1 ミリ秒で更新</numerusform>
            </translation>
        </message>
        <message>
            <source>answer “%1”</source>
            <translation>回答「%1」</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>元に戻す(&amp;U)：%1</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>元に戻す(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>やり直す(&amp;R)：%1</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>やり直す(&amp;R)</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>元に戻す</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>やり直す</translation>
        </message>
        <message>
            <source>Could not open the file</source>
            <translation>ファイルを開けませんでした</translation>
        </message>
        <message>
            <source>Could not export</source>
            <translation>書き出せませんでした</translation>
        </message>
        <message>
            <source>Exported %1</source>
            <translation>%1 を書き出しました</translation>
        </message>
        <message>
            <source>(read-only)</source>
            <translation>（読み取り専用）</translation>
        </message>
        <message>
            <source>“%1” is neither a Shirube project (.shirube) nor a product profile (.json).</source>
            <translation>「%1」は Shirube プロジェクト（.shirube）でも製品プロファイル（.json）でもありません。</translation>
        </message>
        <message>
            <source>Import Generic-Name List</source>
            <translation>一般的名称リストの取り込み</translation>
        </message>
        <message>
            <source>PMDA list of generic names, CSV UTF-8 (*.csv)</source>
            <translation>PMDA の一般的名称リスト、CSV UTF-8 (*.csv)</translation>
        </message>
        <message>
            <source>&amp;Import Generic-Name List…</source>
            <translation>一般的名称リストの取り込み(&amp;I)…</translation>
        </message>
        <message>
            <source>Load PMDA&apos;s list of Japanese generic names so that the questionnaire&apos;s search finds every name</source>
            <translation>PMDA の一般的名称リストを読み込み、質問票の検索ですべての名称を探せるようにします</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::MonthEdit</name>
        <message>
            <source>Unknown</source>
            <translation>不明</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::ProductListModel</name>
        <message>
            <source>Untitled product</source>
            <translation>無題の製品</translation>
        </message>
        <message>
            <source>%1 — last planned with ruleset %2 %3</source>
            <translation>%1 — 前回はルールセット %2 %3 で計画</translation>
        </message>
        <message>
            <source>%1 — not planned yet</source>
            <translation>%1 — 未計画</translation>
        </message>
        <message>
            <source>Rename product “%1” to “%2”</source>
            <translation>製品名を「%1」から「%2」に変更</translation>
        </message>
        <message>
            <source>Someone else removed this product from the team project. Your changes are kept; when you save, you choose whether to keep it.</source>
            <translation>他のユーザーがこの製品をチームプロジェクトから削除しました。あなたの変更は残っています。保存するときに、残すかどうかを選べます。</translation>
        </message>
        <message>
            <source>Someone else saved a newer version of this product. Your changes are kept; when you save, you choose which to keep.</source>
            <translation>他のユーザーがこの製品の新しい版を保存しました。あなたの変更は残っています。保存するときに、どちらを残すかを選べます。</translation>
        </message>
        <message>
            <source>%1 saved a newer version of this product. Your changes are kept; when you save, you choose which to keep.</source>
            <translation>%1 さんがこの製品の新しい版を保存しました。あなたの変更は残っています。保存するときに、どちらを残すかを選べます。</translation>
        </message>
        <message>
            <source>%1 saved a newer version of this product on %2. Your changes are kept; when you save, you choose which to keep.</source>
            <translation>%1 さんが %2 にこの製品の新しい版を保存しました。あなたの変更は残っています。保存するときに、どちらを残すかを選べます。</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::ProductListWidget</name>
        <message>
            <source>Add a new product to the project</source>
            <translation>プロジェクトに新しい製品を追加</translation>
        </message>
        <message>
            <source>Add product</source>
            <translation>製品を追加</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>複製</translation>
        </message>
        <message>
            <source>Copy the selected product, answers included</source>
            <translation>選択した製品を回答ごと複製</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>名前の変更</translation>
        </message>
        <message>
            <source>Rename the selected product (F2)</source>
            <translation>選択した製品の名前を変更（F2）</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Delete the selected product (Del); Undo brings it back</source>
            <translation>選択した製品を削除（Del）。元に戻すで復元できます</translation>
        </message>
        <message>
            <source>Compare…</source>
            <translation>比較…</translation>
        </message>
        <message>
            <source>Compare two products&apos; plans side by side</source>
            <translation>2つの製品の計画を並べて比較</translation>
        </message>
        <message>
            <source>Products of the project</source>
            <translation>プロジェクトの製品</translation>
        </message>
        <message>
            <source>Click a product to edit its answers.</source>
            <translation>製品をクリックすると回答を編集できます。</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>製品</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::ProfileModel</name>
        <message>
            <source>Question</source>
            <translation>質問</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>回答</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::ProjectController</name>
        <message>
            <source>Products</source>
            <translation>製品</translation>
        </message>
        <message>
            <source>Product 1</source>
            <translation>製品1</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>最近使ったファイルはありません</translation>
        </message>
        <message>
            <source>Untitled project</source>
            <translation>無題のプロジェクト</translation>
        </message>
        <message>
            <source>Product %1</source>
            <translation>製品%1</translation>
        </message>
        <message>
            <source>“%1” does not exist (any more).</source>
            <translation>「%1」は存在しません（削除された可能性があります）。</translation>
        </message>
        <message>
            <source>“%1” cannot be read. Check that it is a file and that you may read it.</source>
            <translation>「%1」を読み込めません。ファイルであること、読み取り権限があることを確認してください。</translation>
        </message>
        <message>
            <source>“%1” is empty: it holds no project.</source>
            <translation>「%1」は空で、プロジェクトが含まれていません。</translation>
        </message>
        <message>
            <source>“%1” is far larger than any Shirube project.</source>
            <translation>「%1」は Shirube プロジェクトとしては大きすぎます。</translation>
        </message>
        <message>
            <source>“%1” is not a Shirube project; it is another kind of file.</source>
            <translation>「%1」は Shirube プロジェクトではなく、別の種類のファイルです。</translation>
        </message>
        <message>
            <source>“%1” is cut short (truncated), perhaps by an interrupted copy or download.</source>
            <translation>「%1」は途中で切れています。コピーやダウンロードが中断された可能性があります。</translation>
        </message>
        <message>
            <source>“%1” is damaged: its contents fail the integrity check.</source>
            <translation>「%1」は破損しています（整合性チェックに失敗しました）。</translation>
        </message>
        <message>
            <source>“%1” is a database of another application, not a Shirube project.</source>
            <translation>「%1」は他のアプリケーションのデータベースで、Shirube プロジェクトではありません。</translation>
        </message>
        <message>
            <source>“%1” was saved by a newer version of Shirube. Update Shirube to open it.</source>
            <translation>「%1」は新しいバージョンの Shirube で保存されています。開くには Shirube を更新してください。</translation>
        </message>
        <message>
            <source>“%1” contains database triggers or views, which Shirube projects never have. It was refused for your safety.</source>
            <translation>「%1」には Shirube プロジェクトにはないデータベースのトリガーまたはビューが含まれています。安全のため開きませんでした。</translation>
        </message>
        <message>
            <source>“%1” says it is a Shirube project, but its tables are not those of a Shirube project.</source>
            <translation>「%1」は Shirube プロジェクトと記されていますが、テーブル構成が Shirube プロジェクトのものではありません。</translation>
        </message>
        <message>
            <source>“%1” could not be opened.</source>
            <translation>「%1」を開けませんでした。</translation>
        </message>
        <message>
            <source>The file was not changed.</source>
            <translation>ファイルは変更されていません。</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>詳細：%1</translation>
        </message>
        <message>
            <source>“%1” cannot be read: %2</source>
            <translation>「%1」を読み込めません：%2</translation>
        </message>
        <message>
            <source>Could not open the project</source>
            <translation>プロジェクトを開けませんでした</translation>
        </message>
        <message>
            <source>“%1” was made by an older version of Shirube and has been upgraded.</source>
            <translation>「%1」は古いバージョンの Shirube で作成されたため、更新しました。</translation>
        </message>
        <message>
            <source>A copy of the original was kept as “%1”.</source>
            <translation>元のファイルの複製を「%1」として残しました。</translation>
        </message>
        <message>
            <source>Project upgraded</source>
            <translation>プロジェクトを更新しました</translation>
        </message>
        <message>
            <source>Could not add the product</source>
            <translation>製品を追加できませんでした</translation>
        </message>
        <message>
            <source>“%1” is not a valid product profile.
%2</source>
            <translation>「%1」は有効な製品プロファイルではありません。
%2</translation>
        </message>
        <message>
            <source>Add product “%1”</source>
            <translation>製品「%1」を追加</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>保存できませんでした</translation>
        </message>
        <message>
            <source>“%1” could not be saved: %2</source>
            <translation>「%1」を保存できませんでした：%2</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1（コピー）</translation>
        </message>
        <message>
            <source>Duplicate product “%1”</source>
            <translation>製品「%1」を複製</translation>
        </message>
        <message>
            <source>Rename product “%1” to “%2”</source>
            <translation>製品名を「%1」から「%2」に変更</translation>
        </message>
        <message>
            <source>Delete product “%1”</source>
            <translation>製品「%1」を削除</translation>
        </message>
        <message>
            <source>Ruleset: %1 → %2</source>
            <translation>ルールセット：%1 → %2</translation>
        </message>
        <message>
            <source>Regulated as a medical device: %1 → %2</source>
            <translation>医療機器としての規制：%1 → %2</translation>
        </message>
        <message>
            <source>Class: %1 → %2</source>
            <translation>クラス：%1 → %2</translation>
        </message>
        <message>
            <source>Procedure: %1 → %2</source>
            <translation>手続き：%1 → %2</translation>
        </message>
        <message>
            <source>Review category: %1 → %2</source>
            <translation>審査区分：%1 → %2</translation>
        </message>
        <message>
            <source>New route: %1 (P80 %2)</source>
            <translation>新しい経路：%1（P80 %2）</translation>
        </message>
        <message>
            <source>Route no longer possible: %1 (was P80 %2)</source>
            <translation>通れなくなった経路：%1（以前は P80 %2）</translation>
        </message>
        <message>
            <source>Route %1: P80 %2 → %3</source>
            <translation>経路 %1：P80 %2 → %3</translation>
        </message>
        <message>
            <source>Route %1: P80 cost %2 → %3</source>
            <translation>経路 %1：P80 費用 %2 → %3</translation>
        </message>
        <message>
            <source>Designation %1: %2 → %3</source>
            <translation>指定制度 %1：%2 → %3</translation>
        </message>
        <message>
            <source>New funding match: %1 (%2)</source>
            <translation>新たに合う公的支援：%1（%2）</translation>
        </message>
        <message>
            <source>Funding no longer matching: %1</source>
            <translation>合わなくなった公的支援：%1</translation>
        </message>
        <message>
            <source>Planned with ruleset %1 %2.</source>
            <translation>ルールセット %1 %2 で計画しました。</translation>
        </message>
        <message>
            <source>The new ruleset gives the same outcome.</source>
            <translation>新しいルールセットでも結果は同じです。</translation>
        </message>
        <message numerus="yes">
            <source>%n product(s) of this project were planned with another version of the ruleset. The current ruleset is %1 %2. Re-plan them to see their routes under today&apos;s rules?</source>
            <translation>
                <numerusform>このプロジェクトの %n 件の製品は、別のバージョンのルールセットで計画されています。現在のルールセットは %1 %2 です。現在のルールで経路を見るために再計画しますか？</numerusform>
            </translation>
        </message>
        <message>
            <source>Re-plan with ruleset %1</source>
            <translation>ルールセット %1 で再計画</translation>
        </message>
        <message>
            <source>Autosave failed: %1</source>
            <translation>自動保存に失敗しました：%1</translation>
        </message>
        <message>
            <source>an untitled project</source>
            <translation>無題のプロジェクト</translation>
        </message>
        <message numerus="yes">
            <source>%1, autosaved %2, with %n product(s).</source>
            <translation>
                <numerusform>%1（%2 に自動保存、製品 %n 件）</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not recover</source>
            <translation>復元できませんでした</translation>
        </message>
        <message>
            <source>another program</source>
            <translation>別のプログラム</translation>
        </message>
        <message>
            <source>Project already open</source>
            <translation>プロジェクトはすでに開かれています</translation>
        </message>
        <message>
            <source>“%1” is already open in another Shirube window.</source>
            <translation>「%1」はすでに別の Shirube ウィンドウで開かれています。</translation>
        </message>
        <message>
            <source>“%1” could not be saved: %2

Your changes are still here; nothing was lost. Save them under another name to keep both versions.</source>
            <translation>「%1」を保存できませんでした: %2

変更内容はそのまま残っており、失われていません。両方の版を残すには別の名前で保存してください。</translation>
        </message>
        <message>
            <source>Merged with changes saved elsewhere</source>
            <translation>ほかで保存された変更と統合しました</translation>
        </message>
        <message>
            <source>“%1” was changed by another program while you had it open. Both sets of changes are saved:
%2</source>
            <translation>「%1」は開いている間に別のプログラムによって変更されました。双方の変更を保存しました:
%2</translation>
        </message>
        <message>
            <source>Open &amp;Team Project…</source>
            <translation>チームプロジェクトを開く(&amp;T)…</translation>
        </message>
        <message>
            <source>Open a project your team keeps on a PostgreSQL server</source>
            <translation>チームが PostgreSQL サーバーに置いているプロジェクトを開きます</translation>
        </message>
        <message>
            <source>Could not open the team project</source>
            <translation>チームプロジェクトを開けませんでした</translation>
        </message>
        <message>
            <source>The team project at %1 could not be opened: %2</source>
            <translation>%1 のチームプロジェクトを開けませんでした: %2</translation>
        </message>
        <message>
            <source>The team project could not be saved: %1</source>
            <translation>チームプロジェクトを保存できませんでした: %1</translation>
        </message>
        <message>
            <source>Read-only team project</source>
            <translation>読み取り専用のチームプロジェクト</translation>
        </message>
        <message>
            <source>You may read this team project but not change it, so nothing was saved. Ask the project&apos;s administrator for the editor role, or use Save As to keep your changes in a file.</source>
            <translation>このチームプロジェクトは閲覧のみで変更はできないため、何も保存していません。プロジェクトの管理者に編集者ロールを依頼するか、「名前を付けて保存」で変更をファイルに残してください。</translation>
        </message>
        <message>
            <source>The server cannot be reached</source>
            <translation>サーバーに接続できません</translation>
        </message>
        <message>
            <source>The team project&apos;s server cannot be reached, so your changes were not sent. They are kept on this computer (with the autosave), and nothing is lost: save again once the server is back.</source>
            <translation>チームプロジェクトのサーバーに接続できないため、変更は送信されていません。変更はこのコンピューターに(自動保存として)保管されており、失われていません。サーバーが復旧したら、もう一度保存してください。</translation>
        </message>
        <message>
            <source>The team project&apos;s server cannot be reached, so your changes were not sent. Keep this window open and save again once the server is back.</source>
            <translation>チームプロジェクトのサーバーに接続できないため、変更は送信されていません。このウィンドウを開いたまま、サーバーが復旧したらもう一度保存してください。</translation>
        </message>
        <message>
            <source>The team project&apos;s server cannot be reached, so the recovered work is shown as an untitled project. It also stays in the recovery store: once the server is back, start Shirube again and recover it to save it to the team project, where you choose what to keep wherever someone else changed the same product.</source>
            <translation>チームプロジェクトのサーバーに接続できないため、復元した作業は名前のないプロジェクトとして表示しています。この作業は復元用の保存場所にも残っています。サーバーが復旧したら Shirube を起動し直して復元すると、チームプロジェクトに保存できます。同じ製品を他のユーザーが変更していた場合は、どちらを残すかを選べます。</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::QuestionnaireWidget</name>
        <message>
            <source>Help</source>
            <translation>ヘルプ</translation>
        </message>
        <message>
            <source>Pick a question to see why it matters and what changes with the answer. &quot;Unknown&quot; is always a valid answer: the plan then takes the most likely answer, says so, and shows the other answers as alternatives.</source>
            <translation>質問を選ぶと、その質問が重要な理由と、答えによって何が変わるかを表示します。「不明」はいつでも選べます。その場合、計画は最も可能性の高い答えを仮定してそのことを示し、ほかの答えは別の可能性として示します。</translation>
        </message>
        <message>
            <source>Unknown (YYYY-MM)</source>
            <translation>不明（YYYY-MM）</translation>
        </message>
        <message>
            <source>Unknown (e.g. JP, VN)</source>
            <translation>不明（例：JP, VN）</translation>
        </message>
        <message>
            <source>Do any of these apply?</source>
            <translation>次のうち当てはまるものはありますか？</translation>
        </message>
        <message>
            <source>Tick those that apply. None ticked means that none of them applies, and the plan says so.</source>
            <translation>当てはまるものにチェックを入れてください。チェックがなければ、どれも当てはまらないものとして計画し、そのことを計画に示します。</translation>
        </message>
        <message>
            <source>What is it?</source>
            <translation>何の機器ですか？</translation>
        </message>
        <message>
            <source>Consultants: a class you already know can be entered here; it overrides the rules and the generic name.</source>
            <translation>コンサルタント向け：分かっているクラスはここに入力できます。規則と一般的名称より優先します。</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::RationaleModel</name>
        <message>
            <source>Source: %1</source>
            <translation>出典：%1</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>出典</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::ReplanDialog</name>
        <message>
            <source>Re-plan with the current ruleset?</source>
            <translation>現在のルールセットで再計画しますか？</translation>
        </message>
        <message>
            <source>Re-plan</source>
            <translation>再計画</translation>
        </message>
        <message>
            <source>Keep the old plans</source>
            <translation>以前の計画のままにする</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::RoadmapActions</name>
        <message>
            <source>Roadmap</source>
            <translation>ロードマップ</translation>
        </message>
        <message>
            <source>%1 roadmap</source>
            <translation>%1 ロードマップ</translation>
        </message>
        <message>
            <source>The roadmap could not be saved as %1.</source>
            <translation>ロードマップを %1 として保存できませんでした。</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>タイムライン</translation>
        </message>
        <message>
            <source>Export &amp;Roadmap</source>
            <translation>ロードマップを書き出す(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;PDF Report…</source>
            <translation>PDF レポート(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Calendar (.ics)…</source>
            <translation>カレンダー（.ics）(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Spreadsheet (.xlsx)…</source>
            <translation>スプレッドシート（.xlsx）(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Print Roadmap…</source>
            <translation>ロードマップを印刷(&amp;P)…</translation>
        </message>
        <message>
            <source>Print Pre&amp;view…</source>
            <translation>印刷プレビュー(&amp;V)…</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>iCalendar (*.ics)</source>
            <translation>iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel ブック (*.xlsx)</translation>
        </message>
        <message>
            <source>Export roadmap</source>
            <translation>ロードマップの書き出し</translation>
        </message>
        <message>
            <source>Whole &amp;Project as PDF…</source>
            <translation>プロジェクト全体を PDF に(&amp;P)…</translation>
        </message>
        <message>
            <source>Every product of the open project: a portfolio overview, then one section each</source>
            <translation>開いているプロジェクトの全製品: ポートフォリオ概要と製品ごとの章</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::RouteTableModel</name>
        <message>
            <source>(in parallel)</source>
            <translation>（並行）</translation>
        </message>
        <message>
            <source>Assumes: %1</source>
            <translation>前提：%1</translation>
        </message>
        <message>
            <source>★ Pareto-optimal: no other route is both faster and cheaper (P80).</source>
            <translation>★ パレート最適：これより速くかつ安い経路はありません（P80）。</translation>
        </message>
        <message>
            <source>Another route is both faster and cheaper (P80).</source>
            <translation>これより速くかつ安い経路があります（P80）。</translation>
        </message>
        <message>
            <source>Chance of reaching the goal by the target date (Monte Carlo)</source>
            <translation>目標日までに到達する確率（モンテカルロ法）</translation>
        </message>
        <message>
            <source>Half of the simulated timelines finish sooner than this</source>
            <translation>シミュレーションの半数がこれより早く終わります</translation>
        </message>
        <message>
            <source>Four in five simulated timelines finish sooner than this</source>
            <translation>シミュレーションの5回に4回がこれより早く終わります</translation>
        </message>
        <message>
            <source>Four in five simulated costs are lower than this</source>
            <translation>シミュレーションの5回に4回で費用がこれより少なくなります</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>経路</translation>
        </message>
        <message>
            <source>P50 time</source>
            <translation>P50 期間</translation>
        </message>
        <message>
            <source>P80 time</source>
            <translation>P80 期間</translation>
        </message>
        <message>
            <source>P80 cost</source>
            <translation>P80 費用</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>目標日</translation>
        </message>
        <message>
            <source>Designations</source>
            <translation>指定制度</translation>
        </message>
        <message>
            <source>Key steps</source>
            <translation>主なステップ</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>確度</translation>
        </message>
        <message>
            <source>if granted (about %1)</source>
            <translation>指定を受けた場合（可能性 約%1）</translation>
        </message>
        <message>
            <source>Needs %1, granted to about %2 of the products that apply; its months and costs include the chance of a refusal (the standard route after the attempt).</source>
            <translation>%1 が必要です（申請した製品の約%2が指定を受けています）。期間と費用には、指定されなかった場合（申請の後に標準ルートで進む場合）を含めています。</translation>
        </message>
        <message>
            <source>Recommended: %1</source>
            <translation>推奨：%1</translation>
        </message>
        <message>
            <source>The recommended route: it takes the typical answers for the questions left blank and needs no designation that may be refused.</source>
            <translation>推奨ルートです。未回答の質問には典型的な回答を仮定し、不採択になりうる指定を前提にしていません。</translation>
        </message>
        <message>
            <source>Recommended</source>
            <translation>推奨</translation>
        </message>
        <message>
            <source>Not a medical device, so there is no regulatory route to plan. If the product diagnoses, treats or prevents a disease, check the answers about what it does: the classification card says which answer decided this.</source>
            <translation>医療機器に該当しないため、計画する薬事上の経路はありません。製品が病気の診断・治療・予防に使われるなら、製品の働きについての回答を見直してください。どの回答で決まったかは分類カードに表示されています。</translation>
        </message>
        <message>
            <source>No route found: %1</source>
            <translation>経路が見つかりません: %1</translation>
        </message>
        <message>
            <source>No route found for these answers.</source>
            <translation>この回答では経路が見つかりません。</translation>
        </message>
        <message>
            <source>Designations: %1</source>
            <translation>指定制度: %1</translation>
        </message>
        <message>
            <source>Key steps: %1</source>
            <translation>主な手順: %1</translation>
        </message>
        <message>
            <source>Likely to miss your target date: only %1 of the simulated timelines reach the goal by then.</source>
            <translation>目標時期に間に合わない見込み: シミュレーションでその時期までに目標に届くのは %1 だけです。</translation>
        </message>
        <message>
            <source>Over your budget: four in five simulated costs are below %1, more than the budget you gave.</source>
            <translation>予算超過: シミュレーションした費用の5回に4回は %1 以下で、入力された予算を上回ります。</translation>
        </message>
        <message>
            <source>⚠ Over budget</source>
            <translation>⚠ 予算超過</translation>
        </message>
        <message>
            <source>⚠ Target date likely missed (%1)</source>
            <translation>⚠ 目標時期に遅れる見込み（%1）</translation>
        </message>
        <message>
            <source>Target date: %1 chance</source>
            <translation>目標時期に間に合う確率: %1</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::TeamConnectDialog</name>
        <message>
            <source>Open Team Project</source>
            <translation>チームプロジェクトを開く</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>サーバー(&amp;S):</translation>
        </message>
        <message>
            <source>db.example.jp, or a socket folder such as /run/postgresql</source>
            <translation>db.example.jp、または /run/postgresql などのソケットのフォルダー</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>ポート(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>データベース(&amp;D):</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>ユーザー(&amp;U):</translation>
        </message>
        <message>
            <source>&amp;Encryption (TLS):</source>
            <translation>暗号化（TLS）(&amp;E):</translation>
        </message>
        <message>
            <source>Off (disable)</source>
            <translation>使わない（disable）</translation>
        </message>
        <message>
            <source>Only if the server insists (allow)</source>
            <translation>サーバーが求めるときだけ（allow）</translation>
        </message>
        <message>
            <source>When the server offers it (prefer)</source>
            <translation>サーバーが対応していれば（prefer）</translation>
        </message>
        <message>
            <source>Always, certificate not checked (require)</source>
            <translation>常に使う・証明書は確認しない（require）</translation>
        </message>
        <message>
            <source>Always, certificate checked (verify-ca)</source>
            <translation>常に使う・証明書を確認する（verify-ca）</translation>
        </message>
        <message>
            <source>Always, certificate and server name checked (verify-full)</source>
            <translation>常に使う・証明書とサーバー名を確認する（verify-full）</translation>
        </message>
        <message>
            <source>or &amp;URL:</source>
            <translation>または URL(&amp;R):</translation>
        </message>
        <message>
            <source>Shirube never asks for or stores your password. Keep it in your PostgreSQL password file (~/.pgpass), in a service file, or in the PGPASSWORD environment variable.</source>
            <translation>Shirube はパスワードを尋ねることも保存することもありません。PostgreSQL のパスワードファイル（~/.pgpass）、サービスファイル、または環境変数 PGPASSWORD に置いてください。</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>接続(&amp;C)</translation>
        </message>
        <message>
            <source>Enter the database of the team project.</source>
            <translation>チームプロジェクトのデータベースを入力してください。</translation>
        </message>
        <message>
            <source>Remove the password from the URL: Shirube never keeps passwords. Put it in your PostgreSQL password file (~/.pgpass) instead.</source>
            <translation>URL からパスワードを外してください。Shirube はパスワードを保存しません。代わりに PostgreSQL のパスワードファイル（~/.pgpass）に置いてください。</translation>
        </message>
        <message>
            <source>This is not a team project URL. It looks like postgresql://user@server:5432/database.</source>
            <translation>チームプロジェクトの URL ではありません。postgresql://user@server:5432/database の形です。</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::TeamWatcher</name>
        <message>
            <source>Team Project &amp;History…</source>
            <translation>チームプロジェクトの履歴(&amp;H)…</translation>
        </message>
        <message>
            <source>Who changed which product of the team project when, and earlier versions to restore</source>
            <translation>チームプロジェクトのどの製品を誰がいつ変更したか、および戻せる以前の版</translation>
        </message>
        <message>
            <source>Updated from the server: %1.</source>
            <translation>サーバーから更新しました: %1。</translation>
        </message>
        <message>
            <source>Also changed by someone else while you edit it: %1 — you choose which to keep when you save.</source>
            <translation>編集中に他の人も変更しました: %1 — 保存するときにどちらを残すか選べます。</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::TimelineCanvas</name>
        <message>
            <source>No route applies, so there is nothing to schedule.</source>
            <translation>該当するルートがないため、日程に置くものはありません。</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::TimelineView</name>
        <message>
            <source>&amp;Start month:</source>
            <translation>起点の月(&amp;S):</translation>
        </message>
        <message>
            <source>The month the roadmap&apos;s calendar starts from</source>
            <translation>ロードマップの暦の起点となる月</translation>
        </message>
        <message>
            <source>Bars: start to P50 end, whisker to P80. Orange: PMDA consultation, dashed: booking lead. Diamonds: milestones. Red: target date and today.</source>
            <translation>バー: 開始から P50 の終了まで、ひげは P80。橙: PMDA 相談、破線: 予約のリードタイム。菱形: マイルストーン。赤: 目標時期と今日。</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>タイムライン</translation>
        </message>
        <message>
            <source>Next actions</source>
            <translation>次の行動</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::TrainerWindow</name>
        <message>
            <source>Shirube — trainer mode</source>
            <translation>Shirube — 講師モード</translation>
        </message>
        <message>
            <source>Route:</source>
            <translation>経路：</translation>
        </message>
        <message>
            <source>What if:</source>
            <translation>もしも：</translation>
        </message>
        <message>
            <source>a certification standard exists</source>
            <translation>認証基準がある</translation>
        </message>
        <message>
            <source>the AI is updated after approval</source>
            <translation>承認後に AI を更新する</translation>
        </message>
        <message>
            <source>only exploratory data</source>
            <translation>探索的データのみ</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>経路</translation>
        </message>
        <message>
            <source>Planning…</source>
            <translation>計画中…</translation>
        </message>
        <message>
            <source>No route for this product</source>
            <translation>この製品の経路はありません</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>ステップ %1 / %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>transition label: its narration</comment>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>no route</source>
            <translation>経路なし</translation>
        </message>
        <message>
            <source>← → step · − + text size · Esc leave</source>
            <translation>← → 前後のステップ · − + 文字サイズ · Esc 終了</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>文字を小さく</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>文字を大きく</translation>
        </message>
        <message>
            <source>Switch the language; the step stays</source>
            <translation>表示言語を切り替えます（ステップはそのまま）</translation>
        </message>
        <message>
            <source>%1: %2, %3 (P80)</source>
            <translation>%1: %2、%3（P80）</translation>
        </message>
        <message>
            <source>This step: about %1 and %2 · about %3 since the start</source>
            <translation>このステップ: 約%1・約%2 · 開始から約%3</translation>
        </message>
        <message>
            <source>What if: before %1 → after %2</source>
            <translation>仮定の変更: 変更前 %1 → 変更後 %2</translation>
        </message>
    </context>
</TS>
