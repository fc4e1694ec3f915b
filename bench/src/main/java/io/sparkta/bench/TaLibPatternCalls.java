package io.sparkta.bench;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import io.sparkta.kernels.Candles;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.Indicators;
import java.util.Map;

/**
 * TA-Lib's calls for Sparkta's candlestick patterns, as method references to {@link Core}'s functions; the
 * patterns that take a penetration get Sparkta's default for that pattern. {@code pattern_recognition} runs the
 * call of its default {@code pattern_type}.
 */
final class TaLibPatternCalls {
    /** The shape of TA-Lib's pattern functions on open, high, low and close. */
    @FunctionalInterface
    private interface Plain {
        RetCode run(Core core, int start, int end, double[] open, double[] high, double[] low, double[] close,
                    MInteger begin, MInteger count, int[] codes);
    }

    /** The shape of those that also take a penetration. */
    @FunctionalInterface
    private interface Penetrating {
        RetCode run(Core core, int start, int end, double[] open, double[] high, double[] low, double[] close,
                    double penetration, MInteger begin, MInteger count, int[] codes);
    }

    private TaLibPatternCalls() {
    }

    static void addTo(Map<String, TaLibCall> calls) {
        plain(calls, "cdl2crows", Core::cdl2Crows);
        plain(calls, "cdl3blackcrows", Core::cdl3BlackCrows);
        plain(calls, "cdl3inside", Core::cdl3Inside);
        plain(calls, "cdl3linestrike", Core::cdl3LineStrike);
        plain(calls, "cdl3outside", Core::cdl3Outside);
        plain(calls, "cdl3starsinsouth", Core::cdl3StarsInSouth);
        plain(calls, "cdl3whitesoldiers", Core::cdl3WhiteSoldiers);
        penetrating(calls, "cdlabandonedbaby", Core::cdlAbandonedBaby);
        plain(calls, "cdladvanceblock", Core::cdlAdvanceBlock);
        plain(calls, "cdlbelthold", Core::cdlBeltHold);
        plain(calls, "cdlbreakaway", Core::cdlBreakaway);
        plain(calls, "cdlclosingmarubozu", Core::cdlClosingMarubozu);
        plain(calls, "cdlconcealbabyswall", Core::cdlConcealBabysWall);
        plain(calls, "cdlcounterattack", Core::cdlCounterAttack);
        penetrating(calls, "cdldarkcloudcover", Core::cdlDarkCloudCover);
        plain(calls, "cdldoji", Core::cdlDoji);
        plain(calls, "cdldojistar", Core::cdlDojiStar);
        plain(calls, "cdldragonflydoji", Core::cdlDragonflyDoji);
        plain(calls, "cdlengulfing", Core::cdlEngulfing);
        penetrating(calls, "cdleveningdojistar", Core::cdlEveningDojiStar);
        penetrating(calls, "cdleveningstar", Core::cdlEveningStar);
        plain(calls, "cdlgapsidesidewhite", Core::cdlGapSideSideWhite);
        plain(calls, "cdlgravestonedoji", Core::cdlGravestoneDoji);
        plain(calls, "cdlhammer", Core::cdlHammer);
        plain(calls, "cdlhangingman", Core::cdlHangingMan);
        plain(calls, "cdlharami", Core::cdlHarami);
        plain(calls, "cdlharamicross", Core::cdlHaramiCross);
        plain(calls, "cdlhighwave", Core::cdlHignWave);
        plain(calls, "cdlhikkake", Core::cdlHikkake);
        plain(calls, "cdlhikkakemod", Core::cdlHikkakeMod);
        plain(calls, "cdlhomingpigeon", Core::cdlHomingPigeon);
        plain(calls, "cdlidentical3crows", Core::cdlIdentical3Crows);
        plain(calls, "cdlinneck", Core::cdlInNeck);
        plain(calls, "cdlinvertedhammer", Core::cdlInvertedHammer);
        plain(calls, "cdlkicking", Core::cdlKicking);
        plain(calls, "cdlkickingbylength", Core::cdlKickingByLength);
        plain(calls, "cdlladderbottom", Core::cdlLadderBottom);
        plain(calls, "cdllongleggeddoji", Core::cdlLongLeggedDoji);
        plain(calls, "cdllongline", Core::cdlLongLine);
        plain(calls, "cdlmarubozu", Core::cdlMarubozu);
        plain(calls, "cdlmatchinglow", Core::cdlMatchingLow);
        penetrating(calls, "cdlmathold", Core::cdlMatHold);
        penetrating(calls, "cdlmorningdojistar", Core::cdlMorningDojiStar);
        penetrating(calls, "cdlmorningstar", Core::cdlMorningStar);
        plain(calls, "cdlonneck", Core::cdlOnNeck);
        plain(calls, "cdlpiercing", Core::cdlPiercing);
        plain(calls, "cdlrickshawman", Core::cdlRickshawMan);
        plain(calls, "cdlrisefall3methods", Core::cdlRiseFall3Methods);
        plain(calls, "cdlseparatinglines", Core::cdlSeperatingLines);
        plain(calls, "cdlshootingstar", Core::cdlShootingStar);
        plain(calls, "cdlshortline", Core::cdlShortLine);
        plain(calls, "cdlspinningtop", Core::cdlSpinningTop);
        plain(calls, "cdlstalledpattern", Core::cdlStalledPattern);
        plain(calls, "cdlsticksandwich", Core::cdlStickSandwhich);
        plain(calls, "cdltakuri", Core::cdlTakuri);
        plain(calls, "cdltasukigap", Core::cdlTasukiGap);
        plain(calls, "cdlthrusting", Core::cdlThrusting);
        plain(calls, "cdltristar", Core::cdlTristar);
        plain(calls, "cdlunique3river", Core::cdlUnique3River);
        plain(calls, "cdlupsidegap2crows", Core::cdlUpsideGap2Crows);
        plain(calls, "cdlxsidegap3methods", Core::cdlXSideGap3Methods);
        Indicator recognition = Indicators.get("pattern_recognition");
        String dispatched = recognition.spec().param("pattern_type").choices()
                .get((int) recognition.spec().defaults()[0]);
        calls.put("pattern_recognition", calls.get(dispatched));
    }

    private static void plain(Map<String, TaLibCall> calls, String id, Plain function) {
        calls.put(id, (core, c, begin, count, out, codes) -> function.run(core, 0, c.close().length - 1, c.open(),
                c.high(), c.low(), c.close(), begin, count, codes));
    }

    private static void penetrating(Map<String, TaLibCall> calls, String id, Penetrating function) {
        double penetration = Indicators.get(id).spec().defaults()[0];
        calls.put(id, (core, c, begin, count, out, codes) -> function.run(core, 0, c.close().length - 1, c.open(),
                c.high(), c.low(), c.close(), penetration, begin, count, codes));
    }
}
